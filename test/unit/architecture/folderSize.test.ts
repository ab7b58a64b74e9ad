import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './sourceImports';

const LIMIT = 1_500;

/** Every folder below `folder` (itself included), with the lines of the .ts files directly in it. */
function folderLines(folder: string): [string, number][] {
  const entries = readdirSync(join(projectRoot, folder), { withFileTypes: true });
  const own = entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .reduce((sum, e) => sum + readFileSync(join(projectRoot, folder, e.name), 'utf8').split('\n').length - 1, 0);
  return [[folder, own], ...entries.filter((e) => e.isDirectory()).flatMap((e) => folderLines(`${folder}/${e.name}`))];
}

test(`Architecture Invariant: no source folder holds more than ${LIMIT} lines of its own`, () => {
  const folders = [...folderLines('server/src'), ...folderLines('client/src')];
  assert.ok(folders.some(([f, n]) => f === 'server/src/service/rules' && n > 500), 'the count reads the rules folder');
  assert.deepEqual(folders.filter(([, n]) => n > LIMIT), []);
});
