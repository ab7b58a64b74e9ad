import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixFile } from '../../../server/src/cli/fix/fixFile';
import { createRoleDocsService, type RoleDocsService } from '../../../server/src/service/index';
import { NodeWorkspace, uriFromPath } from '../../../server/src/node/nodeWorkspace';

const PAGE = '# Page\n\nSee [x](#X).\n\n## x\n';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'role-docs-fixfile-'));
  const path = join(dir, 'page.md');
  writeFileSync(path, PAGE);
  const service = createRoleDocsService({ workspace: new NodeWorkspace([dir]) });
  return { path, uri: uriFromPath(path), service };
}

test('fixFile writes the fixed text and returns the findings that remain', async () => {
  const { path, uri, service } = setup();
  const result = await fixFile(path, uri, 'page.md', service, false);
  assert.deepEqual(result, { findings: [], fixed: 1, changed: true });
  assert.equal(readFileSync(path, 'utf8'), '# Page\n\nSee [x](#x).\n\n## x\n');
});

test('a file that changes on disk while its fixes are computed is not written', async () => {
  const { path, uri, service } = setup();
  // Someone saves the file between the read and the write.
  const racing: RoleDocsService = Object.create(service, {
    check: {
      value: async (...args: Parameters<RoleDocsService['check']>) => {
        writeFileSync(path, PAGE + 'More text.\n');
        return service.check(...args);
      },
    },
  });
  const result = await fixFile(path, uri, 'page.md', racing, false);
  assert.ok('findings' in result);
  assert.equal(result.refused, 'page.md changed on disk while it was being fixed; not written.');
  assert.equal(result.changed, false);
  assert.deepEqual(result.findings.map((f) => f.message), ["Broken anchor '#X': write '#x'; fragments are case-sensitive (the id is on this page)."]);
  assert.equal(readFileSync(path, 'utf8'), PAGE + 'More text.\n');
});

test('an unreadable file is a problem, not a crash', async () => {
  const { service } = setup();
  const missing = join(tmpdir(), 'role-docs-no-such-dir', 'gone.md');
  assert.deepEqual(await fixFile(missing, uriFromPath(missing), 'gone.md', service, false), { problem: 'Cannot read the file (ENOENT).' });
});
