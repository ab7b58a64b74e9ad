import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { EffectiveRoleView } from './effectiveRoleView';

export type { EffectiveRoleView } from './effectiveRoleView';

/** The answer to prepareRename: what would be renamed, or why it cannot be. */
export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };

/**
 * Every editor feature of Role Docs, as pure methods over documents and positions.
 * The node server, the web worker and the tests call these; none of them holds an LSP connection.
 * Methods check `token` after every await and return an empty answer when cancelled.
 */
export interface LanguageFeatures {
  /** Findings of one page as LSP diagnostics; `data` carries each finding's rule id and fixes. */
  getDiagnostics(document: RoleDocument, token?: CancellationToken): Promise<Diagnostic[]>;
  getHover(document: RoleDocument, position: Position, token?: CancellationToken): Promise<Hover | undefined>;
  getDefinition(document: RoleDocument, position: Position, token?: CancellationToken): Promise<Location[]>;
  getReferences(document: RoleDocument, position: Position, includeDeclaration: boolean, token?: CancellationToken): Promise<Location[]>;
  prepareRename(document: RoleDocument, position: Position, token?: CancellationToken): Promise<PrepareRenameResult | undefined>;
  /** Throws RenameRefusedError (with a message for the user) when the new id would collide. */
  getRenameEdit(document: RoleDocument, position: Position, newName: string, token?: CancellationToken): Promise<WorkspaceEdit | undefined>;
  getCompletions(document: RoleDocument, position: Position, token?: CancellationToken): Promise<CompletionItem[]>;
  getCodeActions(document: RoleDocument, range: Range, context: CodeActionContext, token?: CancellationToken): Promise<CodeAction[]>;
  getDocumentSymbols(document: RoleDocument): DocumentSymbol[];
  getFoldingRanges(document: RoleDocument): FoldingRange[];
  getDocumentLinks(document: RoleDocument, token?: CancellationToken): Promise<DocumentLink[]>;
  getCodeLenses(document: RoleDocument, token?: CancellationToken): Promise<CodeLens[]>;
  getWorkspaceSymbols(query: string, token?: CancellationToken): Promise<SymbolInformation[]>;
  /** The role Insert Level Section writes at `position` (snippet syntax): the next level after the role above, or the lowest. */
  getLevelSection(document: RoleDocument, position: Position): { title: string; snippet: string } | undefined;
  /** The role at `position` (or titled `title`, nearest it) with everything it inherits, as markdown. */
  getEffectiveRole(document: RoleDocument, position: Position, title?: string, token?: CancellationToken): Promise<EffectiveRoleView | undefined>;
  /** Uris of pages whose findings may change when `uri` changes (pages linking into it). */
  getDependentPages(uri: string): Promise<string[]>;
}

export class RenameRefusedError extends Error {}

export { SHOW_REFERENCES_COMMAND } from '../clientCommands';
/** Kind of the fix-all source action. */
export const FIX_ALL_KIND = 'source.fixAll.roleDocs';
