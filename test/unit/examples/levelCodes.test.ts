import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefly, loadExample, rolesOfCleanPage, replaceOnce, roleLevels, runExample, swapBlocks } from './exampleEngine';

// examples/ladders/level-codes: IC and M codes without grades, four labelled expectations per level.
const example = await loadExample('level-codes', 'engineering-framework.md');

test('level codes: every ## ICn heading is a confident role with its level, its four labelled sections and no findings', async () => {
  const roles = await rolesOfCleanPage(example);
  assert.deepEqual(roleLevels(roles), [
    ['IC2', 10, 'heading', 'ic2', true],
    ['IC3', 17, 'heading', 'ic3', true],
    ['IC4', 24, 'heading', 'ic4', true],
    ['IC5', 31, 'heading', 'ic5', true],
  ]);
  for (const role of roles.roles) {
    assert.deepEqual([role.code, role.grade, role.levelSource, role.sections, role.missing], [role.title, null, 'title', ['impact', 'scope', 'execution', 'teamwork'], []]);
  }
  assert.deepEqual(roles.unknownLevels, []);
});

test('level codes: IC4 listed before IC3 gives one grade-order finding, by ladder order', async () => {
  const { findings } = await runExample(example, swapBlocks(example.text, '## IC3', '## IC4'));
  assert.deepEqual(briefly(findings), [
    [
      'RD004/grade-order',
      24,
      'Levels out of order: move IC3 (line 24) above IC4 (line 17); Senior Engineer is below Staff Engineer on the Individual contributor track.',
    ],
  ]);
});

test('level codes: an IC7 heading the ladder lacks gives one unknown-level finding naming the IC codes', async () => {
  const text = example.text + '\n## IC7\n\n- **Impact**: chooses the technical bets of the company.\n';
  const { findings, roles } = await runExample(example, text);
  assert.deepEqual(briefly(findings), [['RD016/unknown-level', 38, "Unknown level 'IC7': the Engineering levels ladder's IC levels are IC1, IC2, IC3, IC4, IC5, IC6."]]);
  assert.deepEqual(findings[0].range, { start: { line: 37, character: 3 }, end: { line: 37, character: 6 } });
  assert.deepEqual(roles.unknownLevels, [{ name: 'IC7', line: 38 }]);
  assert.equal(roles.roles.length, 4);
});

test('level codes: IC4 without its Scope bullet gives one missing-section finding', async () => {
  const text = replaceOnce(example.text, '- **Scope**: a problem that spans a group of teams.\n', '');
  const { findings, roles } = await runExample(example, text);
  assert.deepEqual(briefly(findings), [['RD005/missing-section', 24, 'Missing Scope for IC4 (line 24): add one; the other levels on this page have it.']]);
  assert.deepEqual(roles.roles[2].missing, ['scope']);
});

test('level codes: "This level is an IC2." under ## IC3 gives one level-statement finding with a fix to IC3', async () => {
  const text = replaceOnce(example.text, '## IC3\n\n', '## IC3\n\nThis level is an IC2.\n\n');
  const { findings, roles } = await runExample(example, text);
  assert.deepEqual(briefly(findings), [['RD017/level-statement', 19, "Level statement says IC2, the role is IC3: make them agree (the heading 'IC3', line 17)."]]);
  const statement = { start: { line: 18, character: 17 }, end: { line: 18, character: 20 } };
  assert.deepEqual(findings[0].range, statement);
  assert.deepEqual(findings[0].fixes, [{ title: "Change 'IC2' to 'IC3'", edits: [{ range: statement, newText: 'IC3' }], safe: false }]);
  assert.deepEqual(roleLevels(roles)[1], ['IC3', 17, 'heading', 'ic3', true]);
});

test('level codes: a statement of the heading\'s own level ("Level: IC3") gives nothing', async () => {
  const { findings } = await runExample(example, replaceOnce(example.text, '## IC3\n\n', '## IC3\n\nLevel: IC3\n\n'));
  assert.deepEqual(briefly(findings), []);
});
