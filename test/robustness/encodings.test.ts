import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../unit/rules/checkPage';
import { makeHandbook, projectRoot, runCliProcess } from '../helpers/runCliProcess';
import { readTextFile } from '../../server/src/node/readTextFile';
import type { ResolvedFinding } from '../../server/src/service/types';

const FIXTURES = join(projectRoot, 'test/fixtures/rules');
/** Fixtures with findings on many lines, front matter included: the line-ending tests' inputs. */
const PAGES = readdirSync(FIXTURES).filter((f) => f.endsWith('.md') && f !== 'required-phrase-satisfied.md').sort();

/** Where findings start: the line and column a user is sent to (ends may differ by the `\r` a range takes in). */
const where = (findings: ResolvedFinding[]) => findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}`);
const lf = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').replace(/\r\n?/g, '\n');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const mixed = (text: string) => text.split('\n').map((line, i) => line + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r\n')).join('').slice(0, -2);

test('CRLF and mixed line breaks put every finding on the same line and column as LF', async (t) => {
  for (const name of PAGES) {
    await t.test(name, async () => {
      const text = lf(name);
      const expected = where(await checkPage(text));
      assert.ok(expected.length > 0, `${name} has no findings to compare`);
      assert.deepEqual(where(await checkPage(crlf(text))), expected, 'CRLF');
      assert.deepEqual(where(await checkPage(mixed(text.endsWith('\n') ? text : text + '\n').replace(/\r?\n$/, '\n'))), expected, 'mixed CRLF/LF');
    });
  }
});

// The BOM is removed where bytes become text (readTextFile here, VS Code for open documents), so it is tested through the CLI.
test('the CLI reads CRLF + BOM files and reports the same lines as for LF', () => {
  const text = lf('broken-anchors.md');
  const dir = makeHandbook({ 'lf.md': text, 'crlf-bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(text))]) });
  const run = runCliProcess(['check', '.', '--format', 'json', '--exit-zero'], dir);
  assert.equal(run.status, 0, run.stderr);
  const found = JSON.parse(run.stdout) as { file: string; line: number; column: number; code: string }[];
  const of = (file: string) => found.filter((f) => f.file === file).map((f) => `${f.code} ${f.line}:${f.column}`);
  assert.ok(of('lf.md').length > 0);
  assert.deepEqual(of('crlf-bom.md'), of('lf.md'));
});

test('binary files, NUL bytes and invalid UTF-8 are reported in one sentence, never parsed', async () => {
  const dir = makeHandbook({
    'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'nul.md': Buffer.from('# Title\n\nText\u0000more\n'),
    'latin1.md': Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
    'surrogate.md': Buffer.from([0x23, 0x20, 0xed, 0xa0, 0x80, 0x0a]),
  });
  assert.deepEqual(await readTextFile(join(dir, 'image.md')), { problem: 'Binary file (contains NUL bytes); not checked.' });
  assert.deepEqual(await readTextFile(join(dir, 'nul.md')), { problem: 'Binary file (contains NUL bytes); not checked.' });
  assert.deepEqual(await readTextFile(join(dir, 'latin1.md')), { problem: 'File is not valid UTF-8; not checked.' });
  assert.deepEqual(await readTextFile(join(dir, 'surrogate.md')), { problem: 'File is not valid UTF-8; not checked.' });
  const run = runCliProcess(['check', '.', '--format', 'json', '--exit-zero'], dir);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  const found = (JSON.parse(run.stdout) as { file: string; line: number; code: string; message: string }[]).map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`);
  assert.deepEqual(found.sort(), [
    'image.md:1 RD000 Binary file (contains NUL bytes); not checked.',
    'latin1.md:1 RD000 File is not valid UTF-8; not checked.',
    'nul.md:1 RD000 Binary file (contains NUL bytes); not checked.',
    'surrogate.md:1 RD000 File is not valid UTF-8; not checked.',
  ]);
});

test('a NUL past the binary sniff reaches the engine as text and is checked like any character', async () => {
  const page = '# Title\n\n' + 'x'.repeat(9000) + '\u0000\n\n[broken](#nowhere)\n';
  const dir = makeHandbook({ 'late-nul.md': page });
  const read = await readTextFile(join(dir, 'late-nul.md'));
  assert.deepEqual(read, { text: page });
  assert.deepEqual(where((await checkPage(page)).filter((f) => f.ruleId === 'RD001')), ['RD001 4:10']);
});
