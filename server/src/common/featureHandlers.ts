import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageFeatures, RoleDocument } from '../service';
import type { FolderSet } from './folderSet';
import { guard, type Log } from './guard';

interface Context {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: FolderSet;
  log: Log;
  /** The client's diagnostics of a page brought to its current version where still right (see Diagnostics.asOfVersion). */
  diagnosticsAsOf: (uri: string, version: number, diagnostics: Diagnostic[]) => Diagnostic[];
}

/** Wires each LSP feature request to the features of the folder holding the page. */
export function registerFeatureHandlers({ connection, documents, folders, log, diagnosticsAsOf }: Context): void {
  /** The page at the editor's current version (or the file, if the editor did not send it). */
  async function page(uri: string): Promise<{ document: RoleDocument; features: LanguageFeatures } | undefined> {
    const { folder, document } = await folders.page(uri, documents.get(uri));
    return document && { document, features: folder.features };
  }

  function onPage<T>(name: string, uri: string, token: CancellationToken, empty: T, run: (p: { document: RoleDocument; features: LanguageFeatures }) => T | Promise<T>) {
    return guard(log, name, token, empty, async () => {
      const found = await page(uri);
      return found ? run(found) : empty;
    });
  }

  connection.onHover((p, token) => onPage('Hover', p.textDocument.uri, token, null, async ({ document, features }) => (await features.getHover(document, p.position, token)) ?? null));
  connection.onDefinition((p, token) => onPage('Definition', p.textDocument.uri, token, [], ({ document, features }) => features.getDefinition(document, p.position, token)));
  connection.onReferences((p, token) =>
    onPage('References', p.textDocument.uri, token, [], ({ document, features }) => features.getReferences(document, p.position, p.context.includeDeclaration, token)),
  );
  connection.onPrepareRename((p, token) =>
    onPage('Prepare rename', p.textDocument.uri, token, null, async ({ document, features }) => {
      const result = await features.prepareRename(document, p.position, token);
      if (result && 'error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return result ?? null;
    }),
  );
  connection.onRenameRequest((p, token) =>
    onPage('Rename', p.textDocument.uri, token, null, async ({ document, features }) => (await features.getRenameEdit(document, p.position, p.newName, token)) ?? null),
  );
  connection.onCompletion((p, token) => onPage('Completion', p.textDocument.uri, token, [], ({ document, features }) => features.getCompletions(document, p.position, token)));
  connection.onCodeAction((p, token) =>
    onPage('Code actions', p.textDocument.uri, token, [], ({ document, features }) => {
      const diagnostics = diagnosticsAsOf(document.uri, document.version, p.context.diagnostics);
      return features.getCodeActions(document, p.range, { ...p.context, diagnostics }, token);
    }),
  );
  connection.onDocumentSymbol((p, token) => onPage('Document symbols', p.textDocument.uri, token, [], ({ document, features }) => features.getDocumentSymbols(document)));
  connection.onFoldingRanges((p, token) => onPage('Folding ranges', p.textDocument.uri, token, [], ({ document, features }) => features.getFoldingRanges(document)));
  connection.onDocumentLinks((p, token) => onPage('Document links', p.textDocument.uri, token, [], ({ document, features }) => features.getDocumentLinks(document)));
  connection.onCodeLens((p, token) => onPage('Code lenses', p.textDocument.uri, token, [], ({ document, features }) => features.getCodeLenses(document, token)));
  connection.onWorkspaceSymbol((p, token) =>
    guard(log, 'Workspace symbols', token, [], async () => {
      const lists = await Promise.all(folders.folders().map((f) => f.features.getWorkspaceSymbols(p.query, token)));
      return lists.flat();
    }),
  );
}
