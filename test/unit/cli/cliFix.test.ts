import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeHandbook, runCliInProcess } from '../../helpers/runCliProcess';

const FIX_DIR = fileURLToPath(new URL('../../fixtures/fix/', import.meta.url));
const inputs = readdirSync(FIX_DIR).filter((n) => n.endsWith('.md') && !n.endsWith('.fixed.md')).sort();

test('every fix fixture has its expected output, with CRLF and BOM variants', async () => {
  assert.deepEqual(inputs, ['case-and-grade-bom-crlf.md', 'case-and-grade-bom.md', 'case-and-grade-crlf.md', 'case-and-grade-lf.md', 'nothing-safe.md']);
  for (const name of inputs) assert.ok(statSync(FIX_DIR + name.replace(/\.md$/, '.fixed.md')).isFile(), name);
  assert.ok(readFileSync(FIX_DIR + 'case-and-grade-bom-crlf.md').subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  assert.ok(readFileSync(FIX_DIR + 'case-and-grade-crlf.md', 'latin1').includes('\r\n'));
});

for (const name of inputs) {
  test(`--fix turns ${name} into its .fixed.md byte for byte, and a second --fix changes nothing`, async () => {
    const dir = makeHandbook({});
    const page = join(dir, 'page.md');
    copyFileSync(FIX_DIR + name, page);
    chmodSync(page, 0o640);
    const expected = readFileSync(FIX_DIR + name.replace(/\.md$/, '.fixed.md'));
    const changes = readFileSync(FIX_DIR + name).equals(expected) ? 0 : 1;
    const first = await runCliInProcess(['check', '--fix', 'page.md'], dir);
    assert.deepEqual(readFileSync(page), expected);
    assert.equal(statSync(page).mode & 0o777, 0o640, 'the file keeps its mode');
    assert.equal(first.stderr.split('\n')[0], changes ? 'Fixed 3 findings in 1 file.' : 'Fixed 0 findings in 0 files.');
    assert.deepEqual(readdirSync(dir), ['page.md'], 'no temp file is left');
    const second = await runCliInProcess(['check', '--fix', 'page.md'], dir);
    assert.deepEqual(readFileSync(page), expected);
    assert.equal(second.stderr.split('\n')[0], 'Fixed 0 findings in 0 files.');
    assert.equal(second.stdout, first.stdout, 'the same findings remain');
  });
}

test('after --fix the remaining findings are reported as usual, and decide the exit status', async () => {
  const dir = makeHandbook({});
  copyFileSync(FIX_DIR + 'case-and-grade-crlf.md', join(dir, 'page.md'));
  const r = await runCliInProcess(['check', '--fix'], dir);
  assert.equal(r.status, 0, 'only a warning remains');
  assert.equal(r.stdout, "page.md:14:42 warning RD001/broken-anchor Broken anchor '#requirments': did you mean '#requirements'? No heading or anchor on this page has it.\n");
  assert.equal(r.stderr, 'Fixed 3 findings in 1 file.\n1 file checked: 0 errors, 1 warnings, 0 notes.\n');
});

test('--fix --dry-run prints a unified diff and writes nothing; stderr tells what would remain', async () => {
  const original = readFileSync(FIX_DIR + 'case-and-grade-bom.md');
  const dir = makeHandbook({ 'docs/page.md': original });
  const page = join(dir, 'docs', 'page.md');
  const r = await runCliInProcess(['check', '--fix', '--dry-run', 'docs'], dir);
  assert.deepEqual(readFileSync(page), original);
  assert.equal(r.status, 0, 'only a warning would remain');
  assert.equal(
    r.stdout,
    [
      '--- a/docs/page.md',
      '+++ b/docs/page.md',
      '@@ -6,11 +6,11 @@',
      ' ',
      ' ### Job Grade',
      ' ',
      '-The Widget Engineer is a [grade #6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).',
      '+The Widget Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).',
      ' ',
      ' ### Responsibilities',
      ' ',
      '-- Builds widgets. See [requirements](#Requirements) and [responsibilities](#RESPONSIBILITIES).',
      '+- Builds widgets. See [requirements](#requirements) and [responsibilities](#responsibilities).',
      ' - A guess is never made: [requirements](#requirments) stays as written.',
      ' <!-- role-docs-disable-next-line broken-anchor -->',
      ' - Suppressed findings are not fixed: [requirements](#REQUIREMENTS).',
      '',
    ].join('\n'),
  );
  assert.equal(r.stderr, 'Would fix 3 findings in 1 file.\n1 file checked: 0 errors, 1 warnings, 0 notes.\n');
});

test('a diff that starts on the first line carries the BOM, so patch applies it', async () => {
  const dir = makeHandbook({ 'page.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('See [x](#X).\n\n## x\n')]) });
  const r = await runCliInProcess(['check', '--fix', '--dry-run'], dir);
  assert.equal(r.stdout, '--- a/page.md\n+++ b/page.md\n@@ -1,3 +1,3 @@\n-\uFEFFSee [x](#X).\n+\uFEFFSee [x](#x).\n \n ## x\n');
  const patched = spawnSync('patch', ['-s', '-p1'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
  assert.equal(patched.status, 0, patched.stderr);
  assert.deepEqual(readFileSync(join(dir, 'page.md')), Buffer.from('\uFEFFSee [x](#x).\n\n## x\n'));
});

test('--dry-run without --fix is a usage error', async () => {
  const r = await runCliInProcess(['check', '--dry-run'], makeHandbook({}));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^role-docs: --dry-run needs --fix\.\n/);
});
