import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, Position } from 'vscode-languageserver-types';
import { loadExample, replaceOnce, type Example } from '../examples/exampleEngine';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex/workspaceIndex';
import { createLanguageFeatures } from '../../../server/src/service/features/index';
import { parseLadderText } from '../../../server/src/service/ladder/loadLadder';
import { starterLadderText } from '../../../server/src/cli/starterLadders';

// Hovers and lenses speak the ladder's words: its titles and codes, grades only where it has them, its tracks and equivalents.

/** The example's page (or `text`) opened in a workspace of its own, with the language features over it. */
function openExample(example: Example, text = example.text) {
  const uri = `${example.rootUri}/${example.page}`;
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([example.rootUri], { [uri]: text }), config: example.config });
  const features = createLanguageFeatures(service, new WorkspaceIndex(service));
  const document = service.getDocument(uri, text, 1);
  return {
    lenses: async () => (await features.getCodeLenses(document)).map((lens) => [lens.range.start.line + 1, lens.command?.title]),
    /** The hover at the first `needle` on 1-based `line`, `offset` characters into it. */
    hover: async (line: number, needle: string, offset = 1) => {
      const character = text.split('\n')[line - 1]!.indexOf(needle) + offset;
      const hover = await features.getHover(document, { line: line - 1, character } satisfies Position);
      return hover && { value: (hover.contents as { value: string }).value, range: hover.range };
    },
  };
}

const at = (line: number, from: number, to: number): Hover['range'] => ({ start: { line: line - 1, character: from }, end: { line: line - 1, character: to } });

test('level codes: lenses and hovers give the ladder title with its code and track, no grade and no extends', async () => {
  const page = openExample(await loadExample('level-codes', 'engineering-framework.md'));
  assert.deepEqual(await page.lenses(), [
    [10, 'Engineer (IC2) · Individual contributor'],
    [17, 'Senior Engineer (IC3) · Individual contributor'],
    [24, 'Staff Engineer (IC4) · Individual contributor'],
    [31, 'Principal Engineer (IC5) · Individual contributor'],
  ]);
  assert.deepEqual(await page.hover(17, 'IC3'), {
    value: '**IC3** · Senior Engineer (IC3) · Individual contributor\n\nHas Impact, Scope, Execution, Teamwork. Lacks nothing.',
    range: at(17, 0, 6),
  });
});

test('level codes: a level statement shows the level it states, in the ladder\'s words', async () => {
  const example = await loadExample('level-codes', 'engineering-framework.md');
  const page = openExample(example, replaceOnce(example.text, '## IC3\n\n', '## IC3\n\nThis level is an IC3.\n\n'));
  assert.deepEqual(await page.hover(19, 'IC3'), { value: '**Senior Engineer (IC3)** · Individual contributor', range: at(19, 17, 20) });
});

test('a ladder that declares equivalents names the counterpart on the other track', async () => {
  const example = await loadExample('level-codes', 'engineering-framework.md');
  const { ladder, problems } = parseLadderText(starterLadderText('level-codes'), 'ladder.json');
  assert.deepEqual(problems, []);
  const text = ['# Framework', '', '## IC3', '', '- **Impact**: a group.', '', '## M1', '', '- **Impact**: a team.', ''].join('\n');
  const page = openExample({ ...example, config: { ...example.config, ladder } }, text);
  assert.deepEqual(await page.lenses(), [
    [3, 'Senior Engineer (IC3) · Individual contributor · equivalent: Engineering Manager (M1), Management'],
    [7, 'Engineering Manager (M1) · Management · equivalent: Senior Engineer (IC3), Individual contributor'],
  ]);
  assert.equal(
    (await page.hover(7, 'M1'))?.value,
    '**M1** · Engineering Manager (M1) · Management · equivalent: Senior Engineer (IC3), Individual contributor\n\nHas Impact. Lacks Scope, Teamwork.',
  );
});

test('level table: each level cell has its own lens and card; the heading above the table has none', async () => {
  const page = openExample(await loadExample('level-table', 'product-design.md'));
  assert.deepEqual(await page.lenses(), [
    [10, 'Designer (L2) · Individual contributor'],
    [10, 'Senior Designer (L3) · Individual contributor'],
    [10, 'Lead Designer (L4) · Individual contributor'],
  ]);
  assert.deepEqual(await page.hover(10, 'Senior Designer'), {
    value: '**Senior Designer (L3)** · Senior Designer (L3) · Individual contributor\n\nHas Mastery, Scope, Communication. Lacks nothing.',
    range: at(10, 20, 40),
  });
  assert.equal(await page.hover(5, 'Product'), undefined);
});

test('gitlab style: grades, GitLab level titles and extends, as the GitLab ladder has them', async () => {
  const page = openExample(await loadExample('gitlab-style', 'job-families/engineering/reliability-engineer/index.html.md'));
  assert.deepEqual(await page.lenses(), [
    [12, 'grade 5 · Associate · Individual contributor · extended by 1'],
    [28, 'grade 6 · Intermediate · Individual contributor · extended by 1'],
    [44, 'grade 7 · Senior · Individual contributor'],
  ]);
  assert.equal(
    (await page.hover(44, 'Senior'))?.value,
    '**Senior Reliability Engineer** · Senior · grade 7 · Individual contributor\n\nHas Job Grade, Responsibilities, Requirements. Lacks nothing.\n\nNo role extends it.',
  );
});
