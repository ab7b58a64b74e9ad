import { DiagnosticSeverity, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatLadderTable } from '../service';
import { configProblemSummary } from './configStatus';
import type { Diagnostics } from './diagnostics';
import type { FolderSet } from './folderSet';
import { guard, type Log } from './guard';
import type { LadderTreeChanges } from './ladderTreeChanges';
import { ladderTrees } from './ladderTrees';
import {
  CHECK_WORKSPACE_REQUEST,
  EFFECTIVE_ROLE_REQUEST,
  LADDER_TREE_REQUEST,
  LEVEL_SECTION_REQUEST,
  PAGE_SUMMARY_REQUEST,
  SHOW_LADDER_REQUEST,
  type CheckWorkspaceResult,
  type EffectiveRoleParams,
  type EffectiveRoleResult,
  type LadderTreeResult,
  type LevelSectionParams,
  type LevelSectionResult,
  type PageSummaryParams,
  type PageSummaryResult,
  type ShowLadderParams,
  type ShowLadderResult,
} from './protocol';

interface Context {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: FolderSet;
  diagnostics: Diagnostics;
  ladderTreeChanges: LadderTreeChanges;
  log: Log;
}

/** The Role Docs requests beyond LSP: the ladder table and tree, a whole-workspace check, the status bar summary, the level section, the effective role. */
export function registerCustomRequests({ connection, documents, folders, diagnostics, ladderTreeChanges, log }: Context): void {
  connection.onRequest(SHOW_LADDER_REQUEST, (params: ShowLadderParams | undefined, token) =>
    guard<ShowLadderResult | null>(log, 'Show ladder', token, null, async () => {
      await folders.ready;
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const folder = uri ? folders.route(uri) : (folders.folders()[0] ?? folders.route(''));
      const broken = configProblemSummary(folder);
      // No table for a broken configuration: the placeholder ladder is not the one in force.
      if (broken) return { text: `No ladder is in force. ${broken.summary}\n\n${broken.problems.join('\n')}\n`, source: folder.service.displayPath(folder.service.config.problems[0]!.file) };
      const { ladder, ladderSource } = folder.service.config;
      return { text: formatLadderTable(ladder), source: ladderSource === 'default' ? 'default' : folder.service.displayPath(ladderSource) };
    }),
  );

  connection.onRequest(LADDER_TREE_REQUEST, (_params: unknown, token) =>
    guard<LadderTreeResult | null>(log, 'Ladder tree', token, null, async () => {
      ladderTreeChanges.asked();
      await folders.ready;
      return { folders: await ladderTrees(folders) };
    }),
  );

  connection.onRequest(CHECK_WORKSPACE_REQUEST, (_params: unknown, token) =>
    guard<CheckWorkspaceResult | null>(log, 'Check workspace', token, null, async () => {
      const pages = await diagnostics.checkAll(token);
      const all = pages.flatMap((p) => p.diagnostics);
      const count = (severity: DiagnosticSeverity) => all.filter((d) => d.severity === severity).length;
      return {
        files: pages.length,
        filesWithProblems: pages.filter((p) => p.diagnostics.length).length,
        errors: count(DiagnosticSeverity.Error),
        warnings: count(DiagnosticSeverity.Warning),
        infos: count(DiagnosticSeverity.Information),
        hints: count(DiagnosticSeverity.Hint),
        configProblems: folders.all().reduce((n, f) => n + (f.loaded?.problems.length ?? 0), 0),
      };
    }),
  );

  connection.onRequest(PAGE_SUMMARY_REQUEST, (params: PageSummaryParams | undefined, token) =>
    guard<PageSummaryResult | null>(log, 'Page summary', token, null, async () => {
      if (typeof params?.uri !== 'string') return null;
      const { folder, document } = await folders.page(params.uri, documents.get(params.uri));
      if (!document) return null;
      const problems = await diagnostics.compute(params.uri, token);
      const broken = configProblemSummary(folder);
      return { roles: document.roles.length, problems: problems.length, ...(broken && { configProblem: broken.summary }) };
    }),
  );

  connection.onRequest(LEVEL_SECTION_REQUEST, (params: LevelSectionParams | undefined, token) =>
    guard<LevelSectionResult | null>(log, 'Level section', token, null, async () => {
      if (typeof params?.uri !== 'string' || typeof params.position?.line !== 'number' || typeof params.position.character !== 'number') return null;
      const { folder, document } = await folders.page(params.uri, documents.get(params.uri));
      return (document && folder.features.getLevelSection(document, params.position)) ?? null;
    }),
  );

  connection.onRequest(EFFECTIVE_ROLE_REQUEST, (params: EffectiveRoleParams | undefined, token) =>
    guard<EffectiveRoleResult | null>(log, 'Effective role', token, null, async () => {
      const position = params?.position;
      if (typeof params?.uri !== 'string' || typeof position?.line !== 'number' || typeof position.character !== 'number') return null;
      const { folder, document } = await folders.page(params.uri, documents.get(params.uri));
      if (!document) return null;
      const title = typeof params.title === 'string' ? params.title : undefined;
      return (await folder.features.getEffectiveRole(document, position, title, token)) ?? null;
    }),
  );
}
