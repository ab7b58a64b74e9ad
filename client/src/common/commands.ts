import * as vscode from 'vscode';
import type { BaseLanguageClient, Location as LspLocation, Position as LspPosition } from 'vscode-languageclient';
import {
  CHECK_WORKSPACE_REQUEST,
  LEVEL_SECTION_REQUEST,
  SHOW_LADDER_REQUEST,
  SHOW_REFERENCES_COMMAND,
  type CheckWorkspaceResult,
  type LevelSectionParams,
  type LevelSectionResult,
  type ShowLadderParams,
  type ShowLadderResult,
} from '../../../server/src/common/protocol';
import type { LadderView } from './ladderView';
import { summarizeCheck } from './statusText';
import type { EffectiveRoleView } from './effectiveRoleView';
import type { LadderTreeProvider } from './ladderTree';

/** Name of the contributed snippet the Insert Level Section command inserts. */
export const LEVEL_SECTION_SNIPPET = 'Role Docs: level section';

export const COMMANDS = {
  checkWorkspace: 'roleDocs.checkWorkspace',
  showLadder: 'roleDocs.showLadder',
  refreshLadderTree: 'roleDocs.refreshLadderTree',
  insertLevelSection: 'roleDocs.insertLevelSection',
  restartServer: 'roleDocs.restartServer',
  showEffectiveRole: 'roleDocs.showEffectiveRole',
  showReferences: SHOW_REFERENCES_COMMAND,
} as const;

interface CommandContext {
  client: () => BaseLanguageClient;
  restart: () => Promise<void>;
  ladderView: LadderView;
  effectiveRoleView: EffectiveRoleView;
  ladderTree: LadderTreeProvider;
}

export const SHOW_PROBLEMS = 'Show Problems';

/** The palette commands, plus the one the server's code lenses run. */
export function registerCommands({ client, restart, ladderView, ladderTree, effectiveRoleView }: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Role Docs: checking the workspace', cancellable: true },
        (_progress, token) => client().sendRequest<CheckWorkspaceResult | null>(CHECK_WORKSPACE_REQUEST, {}, token),
      );
      if (result) {
        const problems = result.errors + result.warnings + result.infos + result.hints + result.configProblems;
        const actions = problems ? [SHOW_PROBLEMS] : [];
        void vscode.window.showInformationMessage(summarizeCheck(result), ...actions).then((choice) => {
          if (choice === SHOW_PROBLEMS) void vscode.commands.executeCommand('workbench.actions.view.problems');
        });
      }
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
      const editor = vscode.window.activeTextEditor;
      const params: LevelSectionParams = { uri: client().code2ProtocolConverter.asUri(editor.document.uri), position: client().code2ProtocolConverter.asPosition(editor.selection.active) };
      const section = await client()
        .sendRequest<LevelSectionResult | null>(LEVEL_SECTION_REQUEST, params)
        .catch(() => null);
      // No level from the ladder (or no server): the contributed snippet, to fill in by hand.
      if (!section) return vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: LEVEL_SECTION_SNIPPET });
      const line = editor.document.lineAt(editor.selection.active.line);
      // A role starts on a line of its own: a blank line is replaced, after text it goes below.
      const at = line.isEmptyOrWhitespace ? line.range : line.range.end;
      const text = line.isEmptyOrWhitespace ? section.snippet : `\n\n${section.snippet}`;
      await editor.insertSnippet(new vscode.SnippetString(text), at);
    }),
    vscode.commands.registerCommand(COMMANDS.restartServer, restart),
    vscode.commands.registerCommand(COMMANDS.showEffectiveRole, async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Role Docs: open a role page and put the cursor in a role to see what it inherits.');
        return undefined;
      }
      return effectiveRoleView.showAt(editor);
    }),
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
