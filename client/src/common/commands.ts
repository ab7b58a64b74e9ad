import * as vscode from 'vscode';
import type { BaseLanguageClient, Location as LspLocation, Position as LspPosition } from 'vscode-languageclient';
import {
  CHECK_WORKSPACE_REQUEST,
  SHOW_LADDER_REQUEST,
  SHOW_REFERENCES_COMMAND,
  type CheckWorkspaceResult,
  type ShowLadderParams,
  type ShowLadderResult,
} from '../../../server/src/common/protocol';
import type { LadderView } from './ladderView';
import type { LadderTreeProvider } from './ladderTree';

/** Name of the contributed snippet the Insert Level Section command inserts. */
export const LEVEL_SECTION_SNIPPET = 'Role Docs: level section';

export const COMMANDS = {
  checkWorkspace: 'roleDocs.checkWorkspace',
  showLadder: 'roleDocs.showLadder',
  refreshLadderTree: 'roleDocs.refreshLadderTree',
  insertLevelSection: 'roleDocs.insertLevelSection',
  restartServer: 'roleDocs.restartServer',
  showReferences: SHOW_REFERENCES_COMMAND,
} as const;

interface CommandContext {
  client: () => BaseLanguageClient;
  restart: () => Promise<void>;
  ladderView: LadderView;
  ladderTree: LadderTreeProvider;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summarizeCheck(r: CheckWorkspaceResult): string {
  const counts = [plural(r.errors, 'error'), plural(r.warnings, 'warning'), plural(r.infos + r.hints, 'note')].join(', ');
  const config = r.configProblems ? `; ${plural(r.configProblems, 'configuration problem')}` : '';
  return `Role Docs checked ${plural(r.files, 'page')}: ${counts} in ${plural(r.filesWithProblems, 'page')}${config}.`;
}

/** The palette commands, plus the one the server's code lenses run. */
export function registerCommands({ client, restart, ladderView, ladderTree }: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Role Docs: checking the workspace', cancellable: true },
        (_progress, token) => client().sendRequest<CheckWorkspaceResult | null>(CHECK_WORKSPACE_REQUEST, {}, token),
      );
      if (result) void vscode.window.showInformationMessage(summarizeCheck(result));
      return result;
    }),
    vscode.commands.registerCommand(COMMANDS.showLadder, async () => {
      const document = vscode.window.activeTextEditor?.document;
      const params: ShowLadderParams = document?.languageId === 'markdown' ? { uri: client().code2ProtocolConverter.asUri(document.uri) } : {};
      const result = await client().sendRequest<ShowLadderResult | null>(SHOW_LADDER_REQUEST, params);
      if (result) await ladderView.show(result.text, result.source);
    }),
    vscode.commands.registerCommand(COMMANDS.refreshLadderTree, () => ladderTree.refresh()),
    vscode.commands.registerCommand(COMMANDS.insertLevelSection, async () => {
      if (vscode.window.activeTextEditor?.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Role Docs: open a markdown page to insert a level section.');
        return;
      }
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: LEVEL_SECTION_SNIPPET });
    }),
    vscode.commands.registerCommand(COMMANDS.restartServer, restart),
    vscode.commands.registerCommand(COMMANDS.showReferences, async (uri: string, position: LspPosition, locations: LspLocation[]) => {
      const p2c = client().protocol2CodeConverter;
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        p2c.asUri(uri),
        p2c.asPosition(position),
        (locations ?? []).map((l) => p2c.asLocation(l)),
      );
    }),
  ];
}
