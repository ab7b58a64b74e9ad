import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, lstatSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../server/src/node/writeFileAtomic';

const fresh = () => mkdtempSync(join(tmpdir(), 'role-docs-write-'));

test('replaces the content, keeps the mode and leaves no temp file', async () => {
  const dir = fresh();
  const path = join(dir, 'page.md');
  writeFileSync(path, 'old');
  chmodSync(path, 0o640);
  await writeFileAtomic(path, Buffer.from('\uFEFFnew\r\n'));
  assert.deepEqual(readFileSync(path), Buffer.from([0xef, 0xbb, 0xbf, 0x6e, 0x65, 0x77, 0x0d, 0x0a]));
  assert.equal(statSync(path).mode & 0o7777, 0o640);
  assert.deepEqual(readdirSync(dir), ['page.md']);
});

test('an executable keeps its mode too; a new file is created', async () => {
  const dir = fresh();
  const script = join(dir, 'hook.sh');
  writeFileSync(script, '#!/bin/sh\n');
  chmodSync(script, 0o755);
  await writeFileAtomic(script, '#!/bin/sh\nexit 0\n');
  assert.equal(statSync(script).mode & 0o7777, 0o755);
  await writeFileAtomic(join(dir, 'report.json'), '[]\n');
  assert.equal(readFileSync(join(dir, 'report.json'), 'utf8'), '[]\n');
});

test('a symlink stays a link and its target gets the content', async () => {
  const dir = fresh();
  writeFileSync(join(dir, 'real.md'), 'old');
  symlinkSync('real.md', join(dir, 'link.md'));
  await writeFileAtomic(join(dir, 'link.md'), 'new');
  assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
  assert.equal(readFileSync(join(dir, 'real.md'), 'utf8'), 'new');
});

test('a failed write throws and leaves nothing behind', async () => {
  const dir = fresh();
  await assert.rejects(writeFileAtomic(join(dir, 'missing', 'page.md'), 'x'), { code: 'ENOENT' });
  assert.deepEqual(readdirSync(dir), []);
});
