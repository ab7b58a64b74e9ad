import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  DidChangeConfigurationNotification,
  ShutdownRequest,
  DocumentDiagnosticRequest,
  HoverRequest,
  ResponseError,
  WorkspaceDiagnosticRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { BACKEND, BACKEND_TEXT, NOTES, createFixture, type Fixture } from './fixtureWorkspace';
import { backendTypo } from './expectations';
import { LspSession, PUSH_CLIENT } from './lspSession';

describe('server lifecycle and robustness', () => {
  let fixture: Fixture;
  const sessions: LspSession[] = [];
  beforeEach(() => {
    fixture = createFixture();
  });
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.stop();
    fixture.remove();
  });
  const start = async () => {
    const { session } = await LspSession.start({ root: fixture.root });
    sessions.push(session);
    return session;
  };
  const pullBackend = async (s: LspSession) =>
    ((await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: s.uri(BACKEND) } })) as FullDocumentDiagnosticReport).items;

  test('a cancelled request is answered with the cancellation error', async () => {
    const s = await start();
    const source = new CancellationTokenSource();
    const request = s.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }, source.token);
    source.cancel();
    await assert.rejects(request, (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, -32800);
      return true;
    });
    // The server goes on answering.
    await s.open(s.uri(BACKEND), BACKEND_TEXT);
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
  });

  test('bad input gets an empty answer and the server keeps running', async () => {
    const s = await start();
    const missing = s.uri('job-families/none.md');
    assert.equal(await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: missing }, position: { line: 0, character: 0 } }), null);
    await s.open(s.uri(BACKEND), BACKEND_TEXT);
    assert.equal(await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(BACKEND) }, position: { line: 9999, character: -4 } }), null);
    assert.deepEqual(await s.connection.sendRequest('textDocument/definition', { textDocument: {} }), []);
    assert.equal(await s.connection.sendRequest('roleDocs/pageSummary', { uri: 42 }), null);
    // Outside the workspace folder nothing is read: the page is simply unknown.
    const outside = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///etc/passwd' } })) as FullDocumentDiagnosticReport;
    assert.deepEqual({ kind: outside.kind, items: outside.items }, { kind: 'full', items: [] });
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
    assert.equal(s.exited, false);
  });

  test('after shutdown nothing more is sent, though a re-check was under way', async () => {
    const { session: s } = await LspSession.start({ root: fixture.root, capabilities: PUSH_CLIENT, settings: { diagnostics: { scope: 'workspace' } } });
    sessions.push(s);
    await s.nextPublished(s.uri(NOTES), undefined, 0);
    // A settings change re-checks and publishes every page; the shutdown comes while it runs.
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await s.connection.sendRequest(ShutdownRequest.type);
    const sentBefore = s.published.length + s.logs.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(s.published.length + s.logs.length, sentBefore);
  });

  test('after the server process is killed, a new one gives the same results', async () => {
    const first = await start();
    await first.open(first.uri(BACKEND), BACKEND_TEXT);
    const before = await pullBackend(first);
    assert.deepEqual(before, [backendTypo(1)]);
    first.child.kill('SIGKILL');
    await first.waitFor('the killed server to exit', () => (first.exited ? true : undefined));

    const second = await start();
    await second.open(second.uri(BACKEND), BACKEND_TEXT);
    assert.deepEqual(await pullBackend(second), before);
  });
});
