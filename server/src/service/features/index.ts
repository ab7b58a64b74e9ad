import type { RoleDocsService } from '../roleDocsService';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { LanguageFeatures } from './languageFeatures';
import { DiagnosticsProvider } from './diagnostics';
import { HoverProvider } from './hover/hover';
import { DefinitionProvider } from './definition';
import { ReferencesProvider } from './references';
import { RenameProvider } from './rename';
import { CompletionProvider } from './completion';
import { CodeActionsProvider } from './codeActions';
import { DocumentSymbolsProvider } from './documentSymbols';
import { FoldingRangesProvider } from './foldingRanges';
import { DocumentLinksProvider } from './documentLinks';
import { CodeLensProvider } from './codeLens';
import { WorkspaceSymbolsProvider } from './workspaceSymbols';
import type { FeatureOptions } from './editorLinks';
import { levelSectionAt } from './nextLevelSnippet';
import { ladderViewFor } from './ladderView';
import { EffectiveRoleProvider } from './effectiveRoleView';

export * from './languageFeatures';
export type { FeatureOptions } from './editorLinks';

/** Every editor feature over one service and its workspace index; the servers call this object only. */
export function createLanguageFeatures(service: RoleDocsService, index: WorkspaceIndex, options: FeatureOptions = {}): LanguageFeatures {
  const diagnostics = new DiagnosticsProvider(service);
  const hover = new HoverProvider(service, index);
  const definition = new DefinitionProvider(service, index, options);
  const references = new ReferencesProvider(index);
  const rename = new RenameProvider(service, index);
  const completion = new CompletionProvider(service, index, options);
  const codeActions = new CodeActionsProvider(service);
  const documentSymbols = new DocumentSymbolsProvider(service);
  const folding = new FoldingRangesProvider();
  const documentLinks = new DocumentLinksProvider(service, index, options);
  const codeLens = new CodeLensProvider(service, index);
  const workspaceSymbols = new WorkspaceSymbolsProvider(service, index);
  const effectiveRoles = new EffectiveRoleProvider(service, index);
  return Object.freeze({
    getDiagnostics: (document, token) => diagnostics.provideDiagnostics(document, token),
    getHover: (document, position, token) => hover.provideHover(document, position, token),
    getDefinition: (document, position, token) => definition.provideDefinition(document, position, token),
    getReferences: (document, position, includeDeclaration, token) => references.provideReferences(document, position, includeDeclaration, token),
    prepareRename: (document, position, token) => rename.prepareRename(document, position, token),
    getRenameEdit: (document, position, newName, token) => rename.provideRenameEdits(document, position, newName, token),
    getCompletions: (document, position, token) => completion.provideCompletions(document, position, token),
    getCodeActions: (document, range, context, token) => codeActions.provideCodeActions(document, range, context, token),
    getDocumentSymbols: (document) => documentSymbols.provideDocumentSymbols(document),
    getFoldingRanges: (document) => folding.provideFoldingRanges(document),
    getDocumentLinks: (document, token) => documentLinks.provideDocumentLinks(document, token),
    getCodeLenses: (document, token) => codeLens.provideCodeLenses(document, token),
    getWorkspaceSymbols: (query, token) => workspaceSymbols.provideWorkspaceSymbols(query, token),
    getLevelSection: (document, position) => {
      const section = levelSectionAt(document, document.lines.offsetAt(position), ladderViewFor(service, document));
      return section && { title: section.title, snippet: section.snippet };
    },
    getEffectiveRole: (document, position, title, token) => effectiveRoles.provideEffectiveRole(document, position, title, token),
    getDependentPages: (uri) => index.pagesLinkingInto(uri),
  } satisfies LanguageFeatures);
}
