import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeHandbook, runCliInProcess, runCliProcess } from '../../helpers/runCliProcess';

const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

const goodPage = `---
title: Widget Engineer
---

## Widget Engineer

### Job Grade

The Widget Engineer is a [grade 6](${GRADE_LINK}).

### Responsibilities

- Builds widgets. See [requirements](#requirements).

### Requirements

- Ability to use GitLab

## Performance Indicators

- Widgets shipped.

## Hiring Process

1. A call.
`;

const brokenPage = goodPage.replace('(#requirements)', '(#Requirements)').replace('(#requirements)', '(#requirments)');

test('a clean handbook exits 0 and says how many files it checked', async () => {
  const dir = makeHandbook({ 'job-families/widget/index.html.md': goodPage });
  const r = await runCliInProcess(['check', '.'], dir);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '1 file checked: 0 errors, 0 warnings, 0 notes.\n');
});

test('errors give exit 1 and clickable text lines; warnings alone exit 0', async () => {
  const dir = makeHandbook({ 'job-families/widget/index.html.md': brokenPage, '.role-docs.json': '{ "rules": { "broken-anchor": "error" } }' });
  const r = runCliProcess(['check'], dir);
  assert.equal(r.status, 1);
  const warned = runCliProcess(['check'], makeHandbook({ 'job-families/widget/index.html.md': brokenPage }));
  assert.equal(warned.status, 0);
  assert.match(warned.stdout, /^job-families\/widget\/index.html.md:13:39 warning RD001\/broken-anchor /);
  assert.equal(
    r.stdout,
    "job-families/widget/index.html.md:13:39 error RD001/broken-anchor Broken anchor '#Requirements': write '#requirements'; fragments are case-sensitive (the id is on this page).\n",
  );
});

test('--exit-zero reports errors but exits 0', async () => {
  const dir = makeHandbook({ 'a.md': brokenPage });
  const r = await runCliInProcess(['check', '--exit-zero'], dir);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /RD001\/broken-anchor/);
});

test('--format json prints one array with 1-based positions and fix edits', async () => {
  const dir = makeHandbook({ 'a.md': brokenPage });
  const r = await runCliInProcess(['check', 'a.md', '--format', 'json'], dir);
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout), [
    {
      file: 'a.md',
      line: 13,
      column: 39,
      endLine: 13,
      endColumn: 51,
      severity: 'warning',
      code: 'RD001',
      rule: 'broken-anchor',
      message: "Broken anchor '#Requirements': write '#requirements'; fragments are case-sensitive (the id is on this page).",
      fixes: [
        {
          title: "Change the link to '#requirements'",
          safe: true,
          edits: [{ line: 13, column: 39, endLine: 13, endColumn: 51, newText: 'requirements' }],
        },
      ],
    },
  ]);
});

test('globs select files; node_modules and .git are skipped', async () => {
  const dir = makeHandbook({
    'docs/a.md': brokenPage,
    'docs/b.txt': brokenPage,
    'node_modules/x/c.md': brokenPage,
    '.git/d.md': brokenPage,
    'other/e.md': brokenPage,
  });
  const glob = await runCliInProcess(['check', 'docs/**/*.md', '--format', 'json'], dir);
  assert.deepEqual([...new Set(JSON.parse(glob.stdout).map((f: { file: string }) => f.file))], ['docs/a.md']);
  const all = await runCliInProcess(['check', '--format', 'json'], dir);
  assert.deepEqual([...new Set(JSON.parse(all.stdout).map((f: { file: string }) => f.file))], ['docs/a.md', 'other/e.md']);
});

test('binary and non-UTF-8 files get one finding each and the run goes on', async () => {
  const dir = makeHandbook({
    'a-binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
    'b-latin1.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
    'c.md': brokenPage,
  });
  const r = await runCliInProcess(['check'], dir);
  assert.equal(r.status, 1);
  assert.deepEqual(r.stdout.trim().split('\n'), [
    'a-binary.md:1:1 error RD000/unreadable-file Binary file (contains NUL bytes); not checked.',
    'b-latin1.md:1:1 error RD000/unreadable-file File is not valid UTF-8; not checked.',
    "c.md:13:39 warning RD001/broken-anchor Broken anchor '#Requirements': write '#requirements'; fragments are case-sensitive (the id is on this page).",
  ]);
});

test('usage errors exit 2 with a message', async () => {
  const dir = makeHandbook({ 'a.md': goodPage });
  const unknown = await runCliInProcess(['check', '--frobnicate'], dir);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^role-docs: Unknown option '--frobnicate'\./);
  const missing = await runCliInProcess(['check', 'nope'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^role-docs: No such file or directory: nope/);
  const format = await runCliInProcess(['check', '--format', 'xml'], dir);
  assert.equal(format.status, 2);
  assert.match(format.stderr, /--format must be text, json, sarif or codequality, not 'xml'/);
});

test('an unreadable or invalid --ladder is fatal: exit 2 naming the file and place, and no page is checked', async () => {
  const dir = makeHandbook({ 'a.md': brokenPage, 'bad-ladder.json': '{ "extends": "gitlab", "name": 3 }', 'broken.json': '{ "name": ' });
  const header = 'role-docs: The configuration has a problem, so no page was checked; fix it and run again:';
  const missing = await runCliInProcess(['check', 'a.md', '--ladder', 'none.json'], dir);
  assert.deepEqual(missing, {
    status: 2,
    stdout: '',
    stderr: `${header}\nnone.json: Cannot read the ladder file given to --ladder; check the path, which is relative to the current folder.\n`,
  });
  const invalid = await runCliInProcess(['check', 'a.md', '--ladder', 'bad-ladder.json'], dir);
  assert.deepEqual(invalid, { status: 2, stdout: '', stderr: `${header}\nbad-ladder.json:1:32 name must be a string\n` });
  const broken = await runCliInProcess(['check', 'a.md', '--ladder', 'broken.json'], dir);
  assert.deepEqual(broken, { status: 2, stdout: '', stderr: `${header}\nbroken.json:1:11 Invalid JSON: expected a value\n` });
});

test('.role-docs.json turns a rule off; a problem in it stops the run with exit 2', async () => {
  const off = makeHandbook({ 'a.md': brokenPage, '.role-docs.json': '{ "rules": { "broken-anchor": "off" } }' });
  const r = await runCliInProcess(['check'], off);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  const bad = makeHandbook({ 'a.md': brokenPage, '.role-docs.json': '{\n  "rules": { "no-such-rule": "error" },\n  "slugProfile": "markdown-it"\n}\n' });
  const b = await runCliInProcess(['check'], bad);
  assert.deepEqual(b, {
    status: 2,
    stdout: '',
    stderr: [
      'role-docs: The configuration has 2 problems, so no page was checked; fix them and run again:',
      ".role-docs.json:2:14 Unknown rule 'no-such-rule'; give a rule id (RD001) or name (broken-anchor) from docs/rules.",
      '.role-docs.json:3:18 slugProfile must be one of "github", "kramdown", "hugo".',
      '',
    ].join('\n'),
  });
});

test('role-docs ladder says it is the built-in ladder, then prints its table', async () => {
  const dir = makeHandbook({});
  const r = await runCliInProcess(['ladder'], dir);
  assert.equal(r.status, 0);
  const lines = r.stdout.split('\n');
  assert.deepEqual(lines.slice(0, 3), ['Ladder: built-in GitLab ladder (no .role-docs.json found)', '', '# GitLab']);
  assert.equal(lines[6], '| Individual contributor | Intern               | 4     |                               |');
  assert.match(r.stdout, /\n\| Management +\| Director +\| 10 +\| Distinguished +\|\n/);
});
