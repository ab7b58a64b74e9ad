import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { DEFAULT_TREE_CACHE_CHARS } from '../../../server/src/service/parse/parseCache';
import { createCheckService } from '../../../server/src/cli/checkService';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE = 'file:///ws/a.md';
// Two units: the heading, plain markdown built without the parser, and the rest, which needs it (emphasis).
const TEXT = '# Engineer\n\nWords in *emphasis*.\n\n## Responsibilities\n\n- Ships.\n';
const service = (treeCacheChars?: number) => createRoleDocsService({ workspace: new InMemoryWorkspace(['file:///ws'], {}), treeCacheChars });

test('each service keeps its own unit trees: parsing in one leaves the other\'s cache empty', () => {
  const [first, second] = [service(), service()];
  first.getDocument(PAGE, TEXT, 1);
  assert.equal(first.parseCache.trees.size, 2);
  assert.equal(second.parseCache.trees.size, 0);
  assert.deepEqual(first.parseCache.treeSources, { plain: 1, parser: 1 });
  assert.deepEqual(second.parseCache.treeSources, { plain: 0, parser: 0 });
  second.getDocument(PAGE, TEXT, 1);
  assert.deepEqual(second.parseCache.treeSources, { plain: 1, parser: 1 }, 'the second service parses anew: nothing is shared');
});

test('the tree cache size is an option of the service: units longer than it are parsed but not kept', () => {
  assert.equal(service().parseCache.trees.maxChars, DEFAULT_TREE_CACHE_CHARS);
  const small = service(8);
  assert.equal(small.parseCache.trees.maxChars, 8);
  const document = small.getDocument(PAGE, TEXT, 1);
  assert.deepEqual(document.headings.map((h) => h.text), ['Engineer', 'Responsibilities']);
  assert.equal(small.parseCache.trees.size, 0);
});

test('the CLI\'s engine owns a small tree cache (a run parses each page once), and changes no other service\'s', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'role-docs-cache-'));
  try {
    const editor = service();
    const { service: run } = await createCheckService({ root: folder, roots: [folder], cwd: folder }, () => {});
    assert.equal(run.parseCache.trees.maxChars, 256_000);
    assert.equal(editor.parseCache.trees.maxChars, DEFAULT_TREE_CACHE_CHARS);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
