import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionKind } from 'vscode-languageserver-types';
import { createRoleDocsService } from '../../server/src/service/index';
import { InMemoryWorkspace } from '../../server/src/service/workspace';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex/workspaceIndex';
import { createLanguageFeatures } from '../../server/src/service/features/index';
import { NodeWorkspace, uriFromPath } from '../../server/src/node/nodeWorkspace';
import { fixFile } from '../../server/src/cli/fix/fixFile';
import { makeHandbook } from '../helpers/runCliProcess';

/** A case-only broken anchor: its fix is safe, so both the quick fix and fix-all offer it. */
const PAGE = '# Senior\n\n[x](#Senior)\n';

test('quick fixes computed for an older version are refused, current ones offered', async () => {
  const uri = 'file:///ws/page.md';
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace(['file:///ws'], { [uri]: PAGE }) });
  const features = createLanguageFeatures(service, new WorkspaceIndex(service));
  const v1 = service.getDocument(uri, PAGE, 1);
  const diagnostics = await features.getDiagnostics(v1);
  assert.equal(diagnostics.length, 1);
  const range = diagnostics[0]!.range;
  const quickFixes = async (version: number, text: string) =>
    (await features.getCodeActions(service.getDocument(uri, text, version), range, { diagnostics, only: [CodeActionKind.QuickFix] }))
      .filter((a) => a.edit)
      .map((a) => a.title);
  assert.deepEqual(await quickFixes(1, PAGE), ["Change the link to '#senior'", 'Disable broken-anchor for this line']);
  // The same diagnostics against version 2 (the user typed since): no edit is offered.
  assert.deepEqual(await quickFixes(2, 'inserted line\n' + PAGE), []);
});

test('a write that fails mid-way leaves the original file intact and no temp file behind', async (t) => {
  const dir = makeHandbook({ 'page.md': PAGE });
  const path = join(dir, 'page.md');
  const service = createRoleDocsService({ workspace: new NodeWorkspace([dir]) });
  // Fail the final step of the atomic write (root ignores read-only folders, so the failure is injected).
  t.mock.method(fsp, 'rename', async () => {
    throw Object.assign(new Error('simulated I/O error'), { code: 'EIO' });
  });
  const result = await fixFile(path, uriFromPath(path), 'page.md', service, false);
  assert.ok('refused' in result && result.refused === 'Cannot write page.md (EIO); not fixed.', JSON.stringify(result));
  assert.equal(readFileSync(path, 'utf8'), PAGE);
  assert.deepEqual(readdirSync(dir), ['page.md']);
});

test('without a failure the same fix is written', async () => {
  const dir = makeHandbook({ 'page.md': PAGE });
  const path = join(dir, 'page.md');
  const service = createRoleDocsService({ workspace: new NodeWorkspace([dir]) });
  const result = await fixFile(path, uriFromPath(path), 'page.md', service, false);
  assert.ok('changed' in result && result.changed, JSON.stringify(result));
  assert.equal(readFileSync(path, 'utf8'), '# Senior\n\n[x](#senior)\n');
  assert.deepEqual(readdirSync(dir), ['page.md']);
});
