import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefly, loadExample, rolesOfCleanPage, replaceOnce, roleLevels, runExample } from './exampleEngine';

// examples/ladders/level-table: levels L1–L5 as the columns of one table, categories as rows.
const example = await loadExample('level-table', 'product-design.md');

/** The page with each table row changed by `change` (cells as split on '|', the outer empty ones included). */
function eachTableRow(text: string, change: (cells: string[], row: number) => string[]): string {
  let row = 0;
  return text
    .split('\n')
    .map((line) => (line.startsWith('|') ? change(line.split('|'), row++).join('|') : line))
    .join('\n');
}

test('level table: each level column is a confident table-column role with the three row sections, and nothing is reported', async () => {
  const roles = await rolesOfCleanPage(example);
  assert.deepEqual(roleLevels(roles), [
    ['Designer (L2)', 10, 'table-column', 'l2', true],
    ['Senior Designer (L3)', 10, 'table-column', 'l3', true],
    ['Lead Designer (L4)', 10, 'table-column', 'l4', true],
  ]);
  for (const role of roles.roles) assert.deepEqual([role.levelSource, role.sections, role.missing], ['title', ['mastery', 'scope', 'communication'], []]);
});

test('level table: a "Principal Designer (L9)" column (a known title, an unknown code) gives one unknown-level finding naming the L codes', async () => {
  const added = [' Principal Designer (L9) ', '---', ' Sets craft for the company ', ' The company ', ' Speaks for design outside it '];
  const text = eachTableRow(example.text, (cells, row) => [...cells.slice(0, -1), added[row], '']);
  const { findings, roles } = await runExample(example, text);
  assert.deepEqual(briefly(findings), [['RD016/unknown-level', 10, "Unknown level 'L9': the Design levels ladder's L levels are L1, L2, L3, L4, L5."]]);
  assert.deepEqual(findings[0].range, { start: { line: 9, character: 64 }, end: { line: 9, character: 87 } });
  assert.equal(roles.roles.length, 3);
});

test(
  'level table: Lead Designer (L4) before Senior Designer (L3) gives one grade-order finding',
  async () => {
    const text = eachTableRow(example.text, (cells) => [cells[0], cells[1], cells[2], cells[4], cells[3], ...cells.slice(5)]);
    const { findings } = await runExample(example, text);
    assert.deepEqual(briefly(findings), [
      [
        'RD004/grade-order',
        10,
        'Levels out of order: move Senior Designer (L3) (line 10) above Lead Designer (L4) (line 10); Senior Designer is below Lead Designer on the Individual contributor track.',
      ],
    ]);
  },
);

test(
  'level table: Senior Designer (L3) with an empty Mastery cell gives one missing-section finding',
  async () => {
    const text = replaceOnce(example.text, '| Sure craft across interface, motion and writing |', '| |');
    const { findings } = await runExample(example, text);
    assert.deepEqual(briefly(findings), [['RD005/missing-section', 10, 'Missing Mastery for Senior Designer (L3) (line 10): add one; the other levels on this page have it.']]);
  },
);
