import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../service';

/** Whether the client pulls diagnostics; push clients get them published instead. */
export function clientPullsDiagnostics(capabilities: ClientCapabilities): boolean {
  return capabilities.textDocument?.diagnostic !== undefined;
}

/** With `editorMarkdown`, the outline is the editor's own (in document order, every heading), so none is offered. */
export function serverCapabilities(client: ClientCapabilities, editorMarkdown = false): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
    completionProvider: { triggerCharacters: ['#'] },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    documentSymbolProvider: !editorMarkdown,
    foldingRangeProvider: true,
    documentLinkProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    workspaceSymbolProvider: true,
    ...(clientPullsDiagnostics(client) ? { diagnosticProvider: { identifier: 'role-docs', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
