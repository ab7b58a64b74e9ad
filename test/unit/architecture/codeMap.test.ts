import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './sourceImports';

/** Folders whose every subfolder the code map describes; the repository root's own folders too. */
const MAPPED = ['', 'server/src', 'server/src/service', 'client/src', 'test', 'bench', 'scripts', 'docs', 'schemas'];
/** Built, installed or written by tools: not part of the design. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'out', 'test-output']);

function subfolders(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_SOURCE.has(e.name))
    .map((e) => (folder ? `${folder}/${e.name}` : e.name));
}

test('the code map in ARCHITECTURE.md names every folder of the tree as it is', () => {
  const map = readFileSync(join(projectRoot, 'ARCHITECTURE.md'), 'utf8');
  const folders = MAPPED.flatMap(subfolders);
  assert.ok(folders.includes('server/src/service/document'), folders.join(', '));
  // Named as `folder/…` in code: by its last segment (`document/`) or its whole path.
  const unnamed = folders.filter((f) => !map.includes('`' + f.split('/').pop() + '/') && !map.includes('`' + f + '/'));
  assert.deepEqual(unnamed, [], 'folders the code map does not describe: add a paragraph or a line for each');
});
