import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  LADDER_TREE_CHANGED_NOTIFICATION,
  LADDER_TREE_REQUEST,
  type LadderTree,
  type LadderTreeFolder,
  type LadderTreeLevel,
  type LadderTreeResult,
  type LadderTreeRole,
  type LadderTreeTrack,
} from '../../../server/src/common/protocol';

/** The explorer view's id, as package.json contributes it. */
export const LADDER_VIEW_ID = 'roleDocs.ladder';
/** Why the tree is empty, for the welcome content package.json shows then: noFolder, noRoles. */
const STATE_KEY = 'roleDocs.ladderTree.state';

/** One row of the tree; each carries the folder's uri, so ids stay unique across folders. */
export type LadderNode =
  | { kind: 'folder'; folder: LadderTreeFolder }
  | { kind: 'problem'; folderUri: string; problem: string }
  | { kind: 'track'; folderUri: string; tree: LadderTree; track: LadderTreeTrack }
  | { kind: 'level'; folderUri: string; tree: LadderTree; level: LadderTreeLevel }
  | { kind: 'role'; folderUri: string; level: LadderTreeLevel; role: LadderTreeRole; index: number };

const warningIcon = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
const uncoveredIcon = new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('disabledForeground'));

/** "IC3 · Senior Engineer" with a code, else the level's title. */
export function levelLabel(level: { code?: string; title: string }): string {
  return level.code ? `${level.code} · ${level.title}` : level.title;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The "Role Docs Ladder" view: folder (when there are several) → track → level → the roles the
 * pages give at that level; a click on a role opens its page at the role's name.
 */
export class LadderTreeProvider implements vscode.TreeDataProvider<LadderNode>, vscode.Disposable {
  readonly #client: () => BaseLanguageClient;
  readonly #changed = new vscode.EventEmitter<LadderNode | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #subscriptions: vscode.Disposable[] = [];
  #view: vscode.TreeView<LadderNode> | undefined;
  /** A change came while the view was hidden: it asks again once shown. */
  #stale = false;

  constructor(client: () => BaseLanguageClient) {
    this.#client = client;
    this.#subscriptions.push(
      this.#changed,
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('roleDocs') && this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
    );
  }

  /** Shows the provider in the contributed view and follows the server's change notices. */
  register(): vscode.Disposable[] {
    const view = vscode.window.createTreeView(LADDER_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.#view = view;
    return [
      view,
      view.onDidChangeVisibility(({ visible }) => visible && this.#stale && this.refresh()),
      this.#client().onNotification(LADDER_TREE_CHANGED_NOTIFICATION, () => this.refresh()),
    ];
  }

  /** Asks the server again (now, or once the view is shown). */
  refresh(): void {
    this.#stale = this.#view !== undefined && !this.#view.visible;
    if (!this.#stale) this.#changed.fire(undefined);
  }

  async getChildren(node?: LadderNode): Promise<LadderNode[]> {
    if (!node) return this.#roots();
    switch (node.kind) {
      case 'folder':
        return this.#folderChildren(node.folder);
      case 'track':
        return node.track.levels.map((level) => ({ kind: 'level', folderUri: node.folderUri, tree: node.tree, level }));
      case 'level':
        return node.level.roles.map((role, index) => ({ kind: 'role', folderUri: node.folderUri, level: node.level, role, index }));
      default:
        return [];
    }
  }

  getTreeItem(node: LadderNode): vscode.TreeItem {
    const { Expanded, Collapsed, None } = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(node.folder.name, Expanded);
        item.id = `folder:${node.folder.uri}`;
        item.description = node.folder.tree?.ladderName ?? 'configuration problem';
        item.iconPath = node.folder.problem ? warningIcon : new vscode.ThemeIcon('root-folder');
        item.tooltip = this.#asUri(node.folder.uri).fsPath || node.folder.uri;
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(node.problem, None);
        item.id = `problem:${node.folderUri}`;
        item.iconPath = warningIcon;
        item.tooltip = node.problem;
        return item;
      }
      case 'track': {
        const item = new vscode.TreeItem(node.track.title, Expanded);
        item.id = `track:${node.folderUri}#${node.track.id}`;
        const covered = node.track.levels.filter((level) => level.covered).length;
        item.description = `${covered} of ${plural(node.track.levels.length, 'level')} with pages`;
        item.iconPath = new vscode.ThemeIcon('list-tree');
        return item;
      }
      case 'level':
        return this.#levelItem(node, node.level.covered ? Collapsed : None);
      case 'role':
        return this.#roleItem(node);
    }
  }

  #levelItem(node: Extract<LadderNode, { kind: 'level' }>, state: vscode.TreeItemCollapsibleState): vscode.TreeItem {
    const { level } = node;
    const item = new vscode.TreeItem(levelLabel(level), state);
    item.id = `level:${node.folderUri}#${level.id}`;
    const disagreeing = level.roles.filter((role) => role.gradeProblem).length;
    item.description = [level.grade === undefined ? '' : `grade ${level.grade}`, level.covered ? '' : 'no page'].filter(Boolean).join(' · ');
    item.iconPath = disagreeing ? warningIcon : level.covered ? new vscode.ThemeIcon('layers') : uncoveredIcon;
    const lines = [`${levelLabel(level)} (${node.tree.ladderName})`];
    if (level.grade !== undefined) lines.push(`Grade ${level.grade}`);
    for (const other of level.equivalents) lines.push(`Equivalent: ${levelLabel(other)} (${other.trackTitle})`);
    lines.push(level.covered ? plural(level.roles.length, 'role') : 'No role page gives this level.');
    if (disagreeing) lines.push(`${plural(disagreeing, 'role')} state a grade the ladder does not give.`);
    item.tooltip = lines.join('\n');
    item.contextValue = 'level';
    return item;
  }

  #roleItem(node: Extract<LadderNode, { kind: 'role' }>): vscode.TreeItem {
    const { role } = node;
    const item = new vscode.TreeItem(role.title, vscode.TreeItemCollapsibleState.None);
    item.id = `role:${node.folderUri}#${node.level.id}#${node.index}`;
    const line = role.range.start.line + 1;
    const stated = [role.statedCode, role.statedGrade === undefined ? undefined : `grade ${role.statedGrade}`].filter(Boolean).join(', ');
    item.description = [stated, `${role.path}:${line}`].filter(Boolean).join(' · ');
    item.iconPath = role.gradeProblem ? warningIcon : new vscode.ThemeIcon('file');
    item.tooltip = [`${role.title} — ${role.path}:${line}`, role.gradeProblem].filter(Boolean).join('\n');
    const p2c = this.#client().protocol2CodeConverter;
    const options: vscode.TextDocumentShowOptions = { selection: p2c.asRange(role.range), preview: true };
    item.command = { command: 'vscode.open', title: 'Open Role', arguments: [p2c.asUri(role.uri), options] };
    item.contextValue = role.gradeProblem ? 'role.gradeProblem' : 'role';
    return item;
  }

  async #roots(): Promise<LadderNode[]> {
    if (!vscode.workspace.workspaceFolders?.length) return this.#empty('noFolder');
    const client = this.#client();
    let result: LadderTreeResult | null = null;
    try {
      if (client.isRunning()) result = await client.sendRequest<LadderTreeResult | null>(LADDER_TREE_REQUEST, {});
    } catch {
      // The server is restarting; its change notice asks again.
    }
    const folders = result?.folders ?? [];
    if (!folders.some((f) => f.problem || f.tree?.roleCount)) return this.#empty(result ? 'noRoles' : 'starting');
    void vscode.commands.executeCommand('setContext', STATE_KEY, 'shown');
    if (folders.length === 1) return this.#folderChildren(folders[0]!);
    return folders.map((folder) => ({ kind: 'folder', folder }));
  }

  #folderChildren(folder: LadderTreeFolder): LadderNode[] {
    if (folder.problem) return [{ kind: 'problem', folderUri: folder.uri, problem: folder.problem }];
    const tree = folder.tree!;
    return tree.tracks.map((track) => ({ kind: 'track', folderUri: folder.uri, tree, track }));
  }

  #empty(state: 'noFolder' | 'noRoles' | 'starting'): LadderNode[] {
    void vscode.commands.executeCommand('setContext', STATE_KEY, state);
    return [];
  }

  #asUri(uri: string): vscode.Uri {
    return this.#client().protocol2CodeConverter.asUri(uri);
  }

  dispose(): void {
    for (const s of this.#subscriptions) s.dispose();
  }
}
