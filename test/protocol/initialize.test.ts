import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createFixture, type Fixture } from './fixtureWorkspace';
import { LspSession, PUSH_CLIENT } from './lspSession';

const FEATURES = {
  textDocumentSync: { openClose: true, change: 2 },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  completionProvider: { triggerCharacters: ['#'] },
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.roleDocs'] },
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  documentLinkProvider: { resolveProvider: false },
  codeLensProvider: { resolveProvider: false },
  workspaceSymbolProvider: true,
};
const WORKSPACE = { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } };

describe('initialize', () => {
  let fixture: Fixture;
  let session: LspSession | undefined;
  beforeEach(() => {
    fixture = createFixture();
  });
  afterEach(async () => {
    await session?.stop();
    fixture.remove();
  });

  test('a pull client gets pull diagnostics with inter-file dependencies and workspace diagnostics', async () => {
    const started = await LspSession.start({ root: fixture.root });
    session = started.session;
    assert.deepEqual(started.result, {
      capabilities: {
        ...FEATURES,
        diagnosticProvider: { identifier: 'role-docs', interFileDependencies: true, workspaceDiagnostics: true },
        ...WORKSPACE,
      },
      serverInfo: { name: 'role-docs', version: '0.1.0' },
    });
    const watchers = await session.waitFor('the file watchers', () => session!.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual(watchers.registerOptions, { watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.role-docs.json' }] });
  });

  test('a push client is offered no diagnostic provider', async () => {
    const started = await LspSession.start({ root: fixture.root, capabilities: PUSH_CLIENT });
    session = started.session;
    assert.deepEqual(started.result.capabilities, { ...FEATURES, ...WORKSPACE });
  });
});
