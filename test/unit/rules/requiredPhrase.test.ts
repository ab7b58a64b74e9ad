import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, range } from './checkPage';

/** A role that names its level and states its grade: the page is a role page. */
const A_ROLE = '## Senior Engineer\n\nThe Senior Engineer is a grade 7.\n';
const RD012 = { ruleId: 'RD012' };

test('missing from the only Requirements section: exact message on its heading', async () => {
  const text = '## Requirements\n\n- Ruby.\n\n' + A_ROLE;
  const findings = await checkPage(text, RD012);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'required-phrase');
  assert.equal(f.message, "Missing required phrase 'Ability to use GitLab': add it to the Requirements section, as the ladder requires.");
  assert.deepEqual(f.range, range(0, 3, 0, 15));
  assert.equal(f.fixes, undefined);
  assert.deepEqual(f.data, { phrase: 'Ability to use GitLab', section: 'Requirements' });
});

test('several sections: one finding, on the page-level one', async () => {
  const text = '## Senior\n\n### Job Grade\n\nThe Senior X is a grade 7.\n\n### Requirements\n\n- Go.\n\n## Requirements\n\n- Ruby.\n';
  const [f, ...rest] = await checkPage(text, RD012);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Missing required phrase 'Ability to use GitLab': add it to any of the 2 Requirements sections, as the ladder requires.");
  assert.deepEqual(f.range, range(10, 3, 10, 15));
});

test('satisfied in any Requirements section, ignoring case, emphasis and links', async () => {
  const pages = [
    '## Requirements\n\n- Ruby.\n\n## Senior\n\n### Job Grade\n\nThe Senior X is a grade 7.\n\n### Senior Requirements\n\n- ability to use **GitLab**\n',
    '## Requirements\n\n- Ability to use [GitLab](https://gitlab.com).\n',
    '## Base Requirements Across All Levels\n\n- Ability to use GitLab\n\n## Senior Requirements\n\n- Go.\n',
  ];
  for (const text of pages) assert.deepEqual(await checkPage(text, RD012), [], text);
});

test('a page with no Requirements section is left to missing-section', async () => {
  assert.deepEqual(await checkPage('## Responsibilities\n\n- Ship.\n', RD012), []);
});

test('the phrase elsewhere on the page does not satisfy the section', async () => {
  const text = 'Ability to use GitLab.\n\n## Requirements\n\n- Ruby.\n\n' + A_ROLE;
  assert.equal((await checkPage(text, RD012)).length, 1);
});

test('a page that is no role page (a policy with a Requirements heading) is not asked for the phrase', async () => {
  assert.deepEqual(await checkPage('# Travel\n\n## Requirements\n\n- A passport.\n', RD012), []);
});
