import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { NodeWorkspace, pathFromUri, uriFromPath } from '../../../server/src/node/nodeWorkspace';
import { RunWorkspace } from '../../../server/src/cli/files/runWorkspace';
import type { ScannedFolders } from '../../../server/src/cli/files/scannedFolders';
import { makeHandbook } from '../../helpers/runCliProcess';

/** A workspace on disk that counts what reaches the disk. */
function countingWorkspace(dir: string): { inner: NodeWorkspace; probed: string[] } {
  const inner = new NodeWorkspace([dir]);
  const probed: string[] = [];
  const readFile = inner.readFile.bind(inner);
  inner.readFile = (uri: string) => {
    probed.push(uri.slice(uriFromPath(dir).length));
    return readFile(uri);
  };
  return { inner, probed };
}

test('link candidates the selection walk proves absent are answered without touching the disk', async () => {
  const dir = makeHandbook({ 'a/index.md': '# A\n', 'node_modules/pkg/readme.md': '# Vendored\n' });
  const page = uriFromPath(join(dir, 'a/index.md'));
  const scanned: ScannedFolders = { dirs: [dir], files: new Set([pathFromUri(page)]), dirUris: [uriFromPath(dir)], uris: new Set([page]) };
  const { inner, probed } = countingWorkspace(dir);
  const workspace = new RunWorkspace(inner, scanned);

  assert.equal(await workspace.readText(uriFromPath(join(dir, 'a/missing.md'))), undefined);
  assert.equal(await workspace.readText(uriFromPath(join(dir, 'b/index.html.md'))), undefined);
  assert.deepEqual(probed, []);
  // The page itself, a skipped folder the walk never entered, and a file that is not markdown go to the disk.
  assert.equal(await workspace.readText(page), '# A\n');
  assert.equal(await workspace.readText(uriFromPath(join(dir, 'node_modules/pkg/readme.md'))), '# Vendored\n');
  assert.equal(await workspace.readText(uriFromPath(join(dir, 'a/image.png'))), undefined);
  assert.deepEqual(probed, ['/a/index.md', '/node_modules/pkg/readme.md', '/a/image.png']);
});

test('without a walk every read goes to the disk', async () => {
  const dir = makeHandbook({ 'a/index.md': '# A\n' });
  const { inner, probed } = countingWorkspace(dir);
  const workspace = new RunWorkspace(inner);
  assert.equal(await workspace.readText(uriFromPath(join(dir, 'a/missing.md'))), undefined);
  assert.deepEqual(probed, ['/a/missing.md']);
});
