import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { unifiedDiff } from '../../../server/src/service/fixes/unifiedDiff';

const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${i + from}\n`).join('');

test('equal texts give no diff', () => {
  assert.equal(unifiedDiff('a\n', 'a\n', 'a/x', 'b/x'), '');
});

test('one changed line with three lines of context each side', () => {
  const before = lines(10);
  const after = before.replace('line 5\n', 'line five\n');
  assert.equal(
    unifiedDiff(before, after, 'a/p.md', 'b/p.md'),
    '--- a/p.md\n+++ b/p.md\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n',
  );
});

test('changes far apart make two hunks; close ones share one', () => {
  const before = lines(20);
  const far = before.replace('line 2\n', 'two\n').replace('line 19\n', 'nineteen\n');
  assert.equal(
    unifiedDiff(before, far, 'a', 'b'),
    '--- a\n+++ b\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n@@ -16,5 +16,5 @@\n line 16\n line 17\n line 18\n-line 19\n+nineteen\n line 20\n',
  );
  const near = before.replace('line 2\n', 'two\n').replace('line 9\n', 'nine\n');
  assert.match(unifiedDiff(before, near, 'a', 'b'), /^--- a\n\+\+\+ b\n@@ -1,12 \+1,12 @@\n/);
});

test('a missing final newline and CRLF line ends are shown as they are', () => {
  assert.equal(
    unifiedDiff('a\r\nb', 'a\r\nc', 'a', 'b'),
    '--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
  );
  assert.equal(unifiedDiff('', 'new\n', 'a', 'b'), '--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n');
});

test('patch(1) turns the old text into the new one for any pair of texts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'role-docs-diff-'));
  const file = join(dir, 'page.md');
  const text = fc.array(fc.constantFrom('a\n', 'b\n', 'c\r\n', 'd', '\n', 'long line\n'), { maxLength: 25 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, text, (before, after) => {
      writeFileSync(file, before);
      const diff = unifiedDiff(before, after, 'a/page.md', 'b/page.md');
      if (!diff) return before === after;
      const r = spawnSync('patch', ['-s', '-p1', '--no-backup-if-mismatch', '-d', dir], { input: diff, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(readFileSync(file, 'utf8'), after);
      return true;
    }),
    { numRuns: 150 },
  );
});
