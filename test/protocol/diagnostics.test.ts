import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  WorkspaceDiagnosticRequest,
  type DocumentDiagnosticReport,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { BACKEND, BACKEND_TEXT, NOTES, STAFF, STAFF_TEXT } from './fixtureWorkspace';
import { useFixtureSession } from './fixtureSession';
import { FIXTURE_CHECK_COUNTS, backendTypo, brokenAnchor, notesTypo, range, visible } from './expectations';
import { LspSession, PUSH_CLIENT } from './lspSession';

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.equal(report.kind, 'full');
  return report as FullDocumentDiagnosticReport;
}

/** Staff's extends link after BACKEND's "Senior Backend Engineer Requirements" heading was renamed. */
const staffLinkBroken = {
  range: range(21, 92, 21, 128),
  severity: 2,
  code: 'RD001',
  source: 'role-docs',
  message:
    "Broken anchor '#senior-backend-engineer-requirements': did you mean '#senior-backend-engineer', '#senior-backend-engineer-job-grade', " +
    "'#senior-backend-engineer-must-haves'? No heading or anchor in job-families/engineering/backend-engineer.md has it.",
};

/** `roleDocs.diagnostics.scope` set to report every page, open or not. */
const WORKSPACE_SCOPE = { diagnostics: { scope: 'workspace' } };

describe('pull diagnostics', () => {
  let session: LspSession;
  useFixtureSession((started) => (session = started), { settings: WORKSPACE_SCOPE });

  const pull = async (path: string, previousResultId?: string) =>
    session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: session.uri(path) }, previousResultId });

  test('an open page gets its findings with exact ranges, codes, messages and fix data', async () => {
    await session.open(session.uri(BACKEND), BACKEND_TEXT);
    assert.deepEqual(full(await pull(BACKEND)).items, [backendTypo(1)]);
  });

  test('asking again with the last result id, nothing having changed, answers "unchanged"', async () => {
    const first = full(await pull(BACKEND));
    assert.deepEqual(await pull(BACKEND, first.resultId), { kind: 'unchanged', resultId: first.resultId });
  });

  test('workspace diagnostics cover every page, including one never opened', async () => {
    await session.open(session.uri(STAFF), STAFF_TEXT);
    const report = await session.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    assert.deepEqual(
      report.items.map((item) => ({ uri: item.uri, version: item.version, kind: item.kind, items: item.kind === 'full' ? item.items : undefined })),
      [
        { uri: session.uri(BACKEND), version: 1, kind: 'full', items: [backendTypo(1)] },
        { uri: session.uri(NOTES), version: null, kind: 'full', items: [notesTypo] },
        { uri: session.uri(STAFF), version: 1, kind: 'full', items: [] },
      ],
    );
  });

  test('an incremental edit is applied at its range: fixing the typo, then typing a new broken link', async () => {
    const uri = session.uri(BACKEND);
    await session.change(uri, 2, [{ range: range(50, 42, 50, 55), text: 'hiring-process' }]);
    assert.deepEqual(full(await pull(BACKEND)).items, []);
    await session.change(uri, 3, [{ range: range(58, 40, 58, 40), text: ' See [pay](#pay-band).' }]);
    assert.deepEqual(visible(full(await pull(BACKEND)).items), [
      {
        range: range(58, 52, 58, 60),
        severity: 2,
        code: 'RD001',
        source: 'role-docs',
        message: "Broken anchor '#pay-band': no heading or anchor on this page has it.",
      },
    ]);
    await session.change(uri, 4, [{ range: range(58, 40, 58, 62), text: '' }]);
    assert.deepEqual(full(await pull(BACKEND)).items, []);
  });

  test('renaming a heading asks the client to refresh, and the page linking into it now has a broken link', async () => {
    assert.deepEqual(full(await pull(STAFF)).items, []);
    const refreshes = session.refreshes;
    await session.change(session.uri(BACKEND), 5, [{ range: range(47, 5, 47, 41), text: 'Senior Backend Engineer Must Haves' }]);
    await session.nextRefresh(refreshes);
    assert.deepEqual(visible(full(await pull(STAFF)).items), [staffLinkBroken]);
  });
});

describe('a keystroke that changes nothing the page reports', () => {
  let session: LspSession;
  useFixtureSession((started) => (session = started));

  const pull = async (previousResultId?: string) =>
    session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: session.uri(BACKEND) }, previousResultId });
  const fixTitles = async (diagnostics: Diagnostic[]) => {
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: session.uri(BACKEND) },
      range: backendTypo(1).range,
      context: { diagnostics },
    });
    return actions?.map((a) => ('edit' in a ? [a.title, a.edit?.changes?.[session.uri(BACKEND)]] : [a.title]));
  };
  const typoFix = ["Change the link to '#hiring-process'", [{ range: backendTypo(1).range, newText: 'hiring-process' }]];

  test('is answered "unchanged", and the fixes of the diagnostics the client holds are still offered', async () => {
    const uri = session.uri(BACKEND);
    await session.open(uri, BACKEND_TEXT);
    const first = full(await pull());
    assert.deepEqual(first.items, [backendTypo(1)]);
    // A letter typed at the end of "- Ship small features with guidance": no reported position moves.
    await session.change(uri, 2, [{ range: range(28, 35, 28, 35), text: 'x' }]);
    assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    assert.deepEqual((await fixTitles(first.items))?.[0], typoFix);
    // Asked without the id, the same report comes whole, as of this version.
    assert.deepEqual(await pull(), { kind: 'full', resultId: first.resultId, items: [backendTypo(2)] });
  });

  test('a line added above the finding moves it: a new report, and the held diagnostics get no fixes', async () => {
    const uri = session.uri(BACKEND);
    const earlier = full(await pull());
    await session.change(uri, 3, [{ range: range(28, 0, 28, 0), text: '- Reviews code\n' }]);
    const moved = full(await pull(earlier.resultId));
    assert.notEqual(moved.resultId, earlier.resultId);
    assert.deepEqual(moved.items, [brokenAnchor(51, 42, 55, 'hiring-proces', 'hiring-process', 3)]);
    assert.deepEqual(await fixTitles(earlier.items), []);
  });
});

describe('push diagnostics (a client without pull support)', () => {
  let session: LspSession;
  useFixtureSession((started) => (session = started), { capabilities: PUSH_CLIENT, settings: WORKSPACE_SCOPE });

  test('pages that are not open are published too', async () => {
    const notes = await session.nextPublished(session.uri(NOTES), undefined, 0);
    assert.deepEqual(notes, { uri: session.uri(NOTES), diagnostics: [notesTypo] });
  });

  test('an opened page is published with its version', async () => {
    const uri = session.uri(BACKEND);
    const published = session.nextPublished(uri, (p) => p.version === 1);
    await session.open(uri, BACKEND_TEXT);
    assert.deepEqual(await published, { uri, version: 1, diagnostics: [backendTypo(1)] });
  });

  test('an edit is published for the new version', async () => {
    const uri = session.uri(BACKEND);
    const published = session.nextPublished(uri, (p) => p.version === 2);
    await session.change(uri, 2, [{ range: range(50, 42, 50, 55), text: 'hiring-process' }]);
    assert.deepEqual(await published, { uri, version: 2, diagnostics: [] });
  });

  test('renaming a heading re-publishes the page linking into it', async () => {
    const staff = session.uri(STAFF);
    const republished = session.nextPublished(staff, (p) => p.diagnostics.length > 0);
    await session.change(session.uri(BACKEND), 3, [{ range: range(47, 5, 47, 41), text: 'Senior Backend Engineer Must Haves' }]);
    const { uri, version, diagnostics } = await republished;
    assert.deepEqual({ uri, version, diagnostics: visible(diagnostics) }, { uri: staff, version: undefined, diagnostics: [staffLinkBroken] });
  });

  test('closing an edited page publishes what its file on disk holds', async () => {
    const uri = session.uri(BACKEND);
    const published = session.nextPublished(uri, (p) => p.version === undefined);
    await session.close(uri);
    assert.deepEqual(await published, { uri, diagnostics: [backendTypo(-1)] });
  });
});

describe('roleDocs.diagnostics.scope', () => {
  const workspaceItems = async (s: LspSession) => {
    const report = await s.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    return report.items.map((item) => ({ uri: item.uri, kind: item.kind, items: item.kind === 'full' ? item.items : undefined }));
  };

  describe('by default (open files), a pull client', () => {
    let session: LspSession;
    useFixtureSession((started) => (session = started));

    test('gets empty workspace reports for closed pages, and the open page its findings', async () => {
      await session.open(session.uri(BACKEND), BACKEND_TEXT);
      assert.deepEqual(await workspaceItems(session), [
        { uri: session.uri(BACKEND), kind: 'full', items: [backendTypo(1)] },
        { uri: session.uri(NOTES), kind: 'full', items: [] },
        { uri: session.uri(STAFF), kind: 'full', items: [] },
      ]);
    });

    test('Check Workspace still checks every page', async () => {
      assert.deepEqual(await session.connection.sendRequest('roleDocs/checkWorkspace', {}), FIXTURE_CHECK_COUNTS);
    });

    test('set to "workspace", the closed page is reported after didChangeConfiguration', async () => {
      const refreshes = session.refreshes;
      session.settings = WORKSPACE_SCOPE;
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await session.nextRefresh(refreshes);
      assert.deepEqual((await workspaceItems(session)).find((r) => r.uri === session.uri(NOTES)), { uri: session.uri(NOTES), kind: 'full', items: [notesTypo] });
    });
  });

  describe('a push client', () => {
    let session: LspSession;
    useFixtureSession((started) => (session = started), { capabilities: PUSH_CLIENT, settings: WORKSPACE_SCOPE });

    test('narrowed from "workspace" to "openFiles", the closed page published with problems is cleared', async () => {
      const notes = session.uri(NOTES);
      assert.deepEqual(await session.nextPublished(notes, undefined, 0), { uri: notes, diagnostics: [notesTypo] });
      const cleared = session.nextPublished(notes, (p) => p.diagnostics.length === 0);
      session.settings = { diagnostics: { scope: 'openFiles' } };
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      assert.deepEqual(await cleared, { uri: notes, diagnostics: [] });
    });

    test('an opened page is still published, a closed one cleared', async () => {
      const uri = session.uri(BACKEND);
      const opened = session.nextPublished(uri, (p) => p.version === 1);
      await session.open(uri, BACKEND_TEXT);
      assert.deepEqual(await opened, { uri, version: 1, diagnostics: [backendTypo(1)] });
      const closed = session.nextPublished(uri, (p) => p.version === undefined);
      await session.close(uri);
      assert.deepEqual(await closed, { uri, diagnostics: [] });
    });
  });
});
