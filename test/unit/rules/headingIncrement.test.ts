import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, range } from './checkPage';

const RD009 = { ruleId: 'RD009' };

test('a skipped level: exact message, heading text range, an unsafe fix to the next level', async () => {
  const text = '## Backend Engineer\n\n#### Job Grade\n\nText.\n';
  const findings = await checkPage(text, RD009);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'heading-increment');
  assert.equal(f.message, 'Heading jumps from H2 to H4: make it H3, one level deeper at most.');
  assert.deepEqual(f.range, range(2, 5, 2, 14));
  assert.deepEqual(f.fixes, [{ title: "Make 'Job Grade' an H3", edits: [{ range: range(2, 0, 2, 4), newText: '###' }], safe: false }]);
  assert.deepEqual(f.data, { kind: 'skip', from: 2, to: 4 });
});

test('a second H1 is reported with the line of the first; the front matter title is no H1', async () => {
  const text = '---\ntitle: Distinguished Engineer\n---\n\n# Distinguished Engineer\n\nText.\n\n# Roles at GitLab\n';
  const [f, ...rest] = await checkPage(text, RD009);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Second H1 'Roles at GitLab': make it an H2; the page's H1 is on line 5.");
  assert.deepEqual(f.range, range(8, 2, 8, 17));
  assert.equal(f.fixes, undefined);
});

test('going back up any number of levels, steps of one and a setext heading are fine', async () => {
  const text = 'Intro\n=====\n\n## A\n\n### B\n\n#### C\n\n## D\n\n### E\n';
  assert.deepEqual(await checkPage(text, RD009), []);
});

test('a skip to a setext heading has no fix (no # marks to change)', async () => {
  const text = '# Top\n\n#### Deep\n\nSub\n---\n';
  const findings = await checkPage(text, RD009);
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.fixes?.length]), [[2, 1]]);
});

test('the fix moves the whole run up together: the skipped heading, its siblings and their children, not the shallower heading after', async () => {
  const text = '## Backend Engineer\n\n#### Job Grade\n\n#### Responsibilities\n\n##### Daily\n\n### Requirements\n\n## Next\n';
  const findings = await checkPage(text, RD009);
  assert.deepEqual(findings.map((f) => [f.range, f.fixes]), [[
    range(2, 5, 2, 14),
    [{
      title: "Make 'Job Grade' an H3, and move the 2 headings of its run up with it",
      edits: [
        { range: range(2, 0, 2, 4), newText: '###' },
        { range: range(4, 0, 4, 4), newText: '###' },
        { range: range(6, 0, 6, 5), newText: '####' },
      ],
      safe: false,
    }],
  ]]);
});

test('a jump of two levels moves the run two levels; a setext H2 after the run ends it', async () => {
  const jump = await checkPage('# Top\n\n#### A\n\n##### B\n', RD009);
  assert.deepEqual(jump[0].fixes?.[0].edits, [
    { range: range(2, 0, 2, 4), newText: '##' },
    { range: range(4, 0, 4, 5), newText: '###' },
  ]);
  const setext = await checkPage('# Top\n\n### A\n\nB\n---\n', RD009);
  assert.deepEqual(setext.map((f) => [f.range.start.line, f.fixes]), [[2, [{ title: "Make 'A' an H2", edits: [{ range: range(2, 0, 2, 3), newText: '##' }], safe: false }]]]);
});
