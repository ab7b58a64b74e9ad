import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { makeHandbook } from '../helpers/runCliProcess';
import { serverPath, startServer } from './helpers/lspClient';

/** Protocol-level: the bundled server over stdio. Deadlines are generous; they catch hangs, not slowness. */
const skip = existsSync(serverPath) ? false : `skipped: ${serverPath} is not built (npm run build)`;
const PAGE = '# Page\n\n## Senior\n\n[broken](#nowhere)\n';

function workspace() {
  const dir = realpathSync(makeHandbook({ 'page.md': PAGE }));
  return { dir, uri: 'file://' + join(dir, 'page.md') };
}

const open = (uri: string, text: string, version: number) => ({ textDocument: { uri, languageId: 'markdown', version, text } });

test('killing the server mid-session and starting it again brings diagnostics back', { skip }, async () => {
  const { dir, uri } = workspace();
  const first = await startServer(dir);
  await first.connection.sendNotification('textDocument/didOpen', open(uri, PAGE, 1));
  const before = await first.waitForPublish(uri, (p) => p.version === 1, 60_000);
  first.process.kill('SIGKILL');
  await first.close();
  const second = await startServer(dir);
  try {
    await second.connection.sendNotification('textDocument/didOpen', open(uri, PAGE, 1));
    const after = await second.waitForPublish(uri, (p) => p.version === 1, 60_000);
    assert.deepEqual(after.diagnostics.map((d) => [d.code, d.range.start.line]), before.diagnostics.map((d) => [d.code, d.range.start.line]));
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['RD001']);
  } finally {
    await second.close();
  }
});

test('1,000 rapid edits end with diagnostics for the last version only', { skip }, async () => {
  const { dir, uri } = workspace();
  const s = await startServer(dir);
  try {
    await s.connection.sendNotification('textDocument/didOpen', open(uri, PAGE, 1));
    // Each edit leaves `version - 1` broken links, so the count tells which text a report was computed from.
    let text = PAGE;
    for (let version = 2; version <= 1001; version++) {
      text = `# Page\n\n## Senior\n\n${Array.from({ length: (version % 7) + 1 }, (_, i) => `[b${i}](#nowhere-${i})`).join('\n')}\n`;
      void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    const last = await s.waitForPublish(uri, (p) => p.version === 1001, 120_000);
    assert.equal(last.diagnostics.filter((d) => d.code === 'RD001').length, (1001 % 7) + 1);
    // Nothing for an older version may arrive after the last version's report.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const mine = s.published.filter((p) => p.uri === uri);
    assert.equal(mine[mine.length - 1]!.version, 1001);
    assert.ok(mine.every((p, i) => i === 0 || (p.version ?? 0) >= (mine[i - 1]!.version ?? 0)), `versions out of order: ${mine.map((p) => p.version).join(',')}`);
  } finally {
    await s.close();
  }
});

test('a request cancelled by the client answers with a cancellation error or an empty result', { skip }, async () => {
  const { dir, uri } = workspace();
  const s = await startServer(dir);
  try {
    await s.connection.sendNotification('textDocument/didOpen', open(uri, PAGE, 1));
    await s.waitForPublish(uri, (p) => p.version === 1, 60_000);
    const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
    const source = new CancellationTokenSource();
    const pending = s.connection.sendRequest('workspace/symbol', { query: 'senior' }, source.token);
    source.cancel();
    const outcome = await pending.then(
      (result) => ({ result }),
      (error: { code?: number }) => ({ code: error.code }),
    );
    // -32800 is RequestCancelled; a handler that saw the cancel after starting answers empty.
    assert.ok('code' in outcome ? outcome.code === -32800 : outcome.result === null || (Array.isArray(outcome.result) && outcome.result.length === 0), JSON.stringify(outcome).slice(0, 300));
    // The server is still serving after the cancel.
    const after = await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(after) && after.length > 0);
  } finally {
    await s.close();
  }
});
