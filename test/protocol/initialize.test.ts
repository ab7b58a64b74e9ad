import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CompletionRequest } from 'vscode-languageserver-protocol/node';
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

  test("VS Code with its markdown features gets no outline: its own lists every heading in order", async () => {
    const started = await LspSession.start({ root: fixture.root, capabilities: PUSH_CLIENT, initializationOptions: { editorMarkdownFeatures: true } });
    session = started.session;
    assert.deepEqual(started.result.capabilities, { ...FEATURES, documentSymbolProvider: false, ...WORKSPACE });
    // Nor anchor completions after '](#', which VS Code's markdown features give.
    const uri = session.uri('job-families/scratch.md');
    await session.open(uri, '# Scratch\n\n## Job Grade\n\nSee [grade](#\n');
    assert.deepEqual(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 13 } }), []);
  });

  test('a push client is offered no diagnostic provider', async () => {
    const started = await LspSession.start({ root: fixture.root, capabilities: PUSH_CLIENT });
    session = started.session;
    assert.deepEqual(started.result.capabilities, { ...FEATURES, ...WORKSPACE });
  });
});
