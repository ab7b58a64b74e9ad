import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeWorkspace, uriFromPath } from '../../server/src/node/nodeWorkspace';
import { createRoleDocsService } from '../../server/src/service/index';
import { runCliProcess } from '../helpers/runCliProcess';

const SECRET = '# Secret\n\n<a id="secret-anchor"></a>\n';

/** A temp dir with `ws/` (the workspace) and `outside/` (must never be read), plus symlinks from one to the other. */
function layout(): { base: string; ws: string; outside: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'role-docs-confine-')));
  const ws = join(base, 'ws');
  const outside = join(base, 'outside');
  mkdirSync(join(ws, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), SECRET);
  writeFileSync(join(outside, 'ladder.json'), JSON.stringify({ extends: 'gitlab', name: 'outside ladder' }));
  symlinkSync(outside, join(ws, 'link-out'));
  symlinkSync(join(outside, 'secret.md'), join(ws, 'escape.md'));
  symlinkSync(join(outside, 'ladder.json'), join(ws, 'ladder-link.json'));
  symlinkSync(ws, join(ws, 'sub', 'loop'));
  symlinkSync(join(ws, 'sub'), join(ws, 'sub', 'self'));
  return { base, ws, outside };
}

/** A NodeWorkspace that records what each read returned. */
class SpyWorkspace extends NodeWorkspace {
  readonly returned: string[] = [];
  override async readText(uri: string): Promise<string | undefined> {
    const text = await super.readText(uri);
    if (text !== undefined) this.returned.push(text);
    return text;
  }
}

test('links with .., absolute paths and symlinks out of the workspace are not followed', async () => {
  const { ws, outside } = layout();
  const abs = join(outside, 'secret.md');
  const page = [
    '# Page',
    '',
    '[dotdot](../outside/secret.md#secret-anchor)',
    '[site dotdot](/../outside/secret.md#secret-anchor)',
    '[deep dotdot](sub/../../outside/secret.md#secret-anchor)',
    '[encoded](%2e%2e/outside/secret.md#secret-anchor)',
    `[absolute](${abs}#secret-anchor)`,
    '[dir symlink](link-out/secret.md#secret-anchor)',
    '[file symlink](escape.md#secret-anchor)',
    '',
  ].join('\n');
  writeFileSync(join(ws, 'page.md'), page);
  const workspace = new SpyWorkspace([ws]);
  const service = createRoleDocsService({ workspace });
  const findings = await service.check(service.getDocument(uriFromPath(join(ws, 'page.md')), page, 1));
  assert.ok(!workspace.returned.some((t) => t.includes('secret-anchor')), 'a read returned the outside file');
  // Unresolved targets are not judged, so none of these links gets an anchor finding either way.
  assert.deepEqual(findings.filter((f) => f.ruleId === 'RD001'), []);
  assert.equal(await workspace.readText(uriFromPath(abs)), undefined);
  assert.equal(await workspace.readText(uriFromPath(join(ws, 'escape.md'))), undefined);
  assert.equal(await workspace.readText(uriFromPath(join(ws, 'link-out', 'secret.md'))), undefined);
  assert.equal(await workspace.readText(uriFromPath(ws) + '/../outside/secret.md'), undefined);
});

test('symlink loops end, and every file is listed once', async () => {
  const { ws } = layout();
  writeFileSync(join(ws, 'a.md'), '# A\n');
  writeFileSync(join(ws, 'sub', 'b.md'), '# B\n');
  const files = await new NodeWorkspace([ws]).findMarkdownFiles();
  assert.deepEqual(files.sort(), [uriFromPath(join(ws, 'a.md')), uriFromPath(join(ws, 'sub', 'b.md'))]);
});

test('the CLI does not read a ladder file through a symlink that leaves the workspace', () => {
  const { ws } = layout();
  writeFileSync(join(ws, '.role-docs.json'), '{ "ladder": "ladder-link.json" }\n');
  writeFileSync(join(ws, 'page.md'), '# Page\n');
  const stderr = [
    'role-docs: The configuration has a problem, so no page was checked; fix it and run again:',
    ".role-docs.json:1:13 Cannot read the ladder file 'ladder-link.json': check that it exists inside the workspace; its path is relative to .role-docs.json.",
    '',
  ].join('\n');
  assert.deepEqual(runCliProcess(['ladder'], ws), { status: 2, stdout: '', stderr });
  assert.deepEqual(runCliProcess(['check', '.', '--format', 'json', '--exit-zero'], ws), { status: 2, stdout: '', stderr });
});

test('the CLI does not read a ladder that a ladder extends through a symlink leaving the workspace', () => {
  const { ws } = layout();
  writeFileSync(join(ws, '.role-docs.json'), '{ "ladder": "team.json" }\n');
  writeFileSync(join(ws, 'team.json'), '{ "extends": "./ladder-link.json" }\n');
  writeFileSync(join(ws, 'page.md'), '# Page\n');
  const stderr = [
    'role-docs: The configuration has a problem, so no page was checked; fix it and run again:',
    "team.json:1:14 Cannot read the ladder file './ladder-link.json' that this ladder extends: check that it exists inside the workspace; its path is relative to this file.",
    '',
  ].join('\n');
  assert.deepEqual(runCliProcess(['check', '.'], ws), { status: 2, stdout: '', stderr });
});
