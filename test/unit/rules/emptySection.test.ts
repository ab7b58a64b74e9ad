import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, range } from './checkPage';

const RD008 = { ruleId: 'RD008' };

test('an empty required section of a role: exact message, the heading text range', async () => {
  const text = '## Backend Engineer\n\n### Job Grade\n\nThe Backend Engineer is a grade 6.\n\n### Responsibilities\n\n### Requirements\n\n- Ruby.\n';
  const findings = await checkPage(text, RD008);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'empty-section');
  assert.equal(f.message, 'Empty Responsibilities section of the Backend Engineer role: fill it in or remove the heading.');
  assert.deepEqual(f.range, range(6, 4, 6, 20));
  assert.equal(f.fixes, undefined);
  assert.deepEqual(f.data, { kind: 'responsibilities', role: 'Backend Engineer' });
});

test('an empty page-level section names no role; comments do not count as content', async () => {
  const text = '## Hiring Process\n\n<!-- to do -->\n\n## Performance Indicators\n\n- One.\n';
  const [f, ...rest] = await checkPage(text, RD008);
  assert.equal(rest.length, 0);
  assert.equal(f.message, 'Empty Hiring Process section: fill it in or remove the heading.');
  assert.deepEqual(f.range, range(0, 3, 0, 17));
});

test('content in a sub-section counts, and sections the ladder does not require may be empty', async () => {
  const text = '## Requirements\n\n### Technical\n\n- Go.\n\n## Career Ladder\n\n## Levels\n';
  assert.deepEqual(await checkPage(text, RD008), []);
});
