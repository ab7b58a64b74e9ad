import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeWorkspace, uriFromPath } from '../../../server/src/node/nodeWorkspace';

/** The shared-folder realpath must not loosen confinement: symlinks out of the roots stay unread. */
test('reads inside the root; symlinks leaving it are neither read nor followed; loops end', async () => {
  const base = mkdtempSync(join(tmpdir(), 'role-docs-ws-'));
  const root = join(base, 'root');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'a'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'a', 'page.md'), '# Page\n');
  writeFileSync(join(outside, 'secret.md'), '# Secret\n');
  symlinkSync(join(outside, 'secret.md'), join(root, 'a', 'link.md'));
  symlinkSync(outside, join(root, 'out'));
  symlinkSync(root, join(root, 'a', 'loop'));
  symlinkSync(join(root, 'a', 'page.md'), join(root, 'alias.md'));
  const ws = new NodeWorkspace([root]);
  assert.deepEqual((await ws.findMarkdownFiles()).sort(), [uriFromPath(join(root, 'a', 'page.md')), uriFromPath(join(root, 'alias.md'))]);
  assert.equal(await ws.readText(uriFromPath(join(root, 'a', 'page.md'))), '# Page\n');
  assert.equal(await ws.readText(uriFromPath(join(root, 'alias.md'))), '# Page\n');
  assert.equal(await ws.readText(uriFromPath(join(root, 'a', 'link.md'))), undefined);
  assert.equal(await ws.readText(uriFromPath(join(root, 'out', 'secret.md'))), undefined);
  assert.equal(await ws.readText(uriFromPath(join(outside, 'secret.md'))), undefined);
  assert.equal(await ws.readText(uriFromPath(join(root, 'a', 'missing.md'))), undefined);
});
