/**
 * Custom messages between the Role Docs client and server. Plain names and shapes only, so the
 * client can import this without pulling in the server.
 */

export { SHOW_REFERENCES_COMMAND } from '../service/clientCommands';
import type { LadderTree } from '../service/ladderTree/ladderTreeModel';
export type { LadderTree, LadderTreeEquivalent, LadderTreeLevel, LadderTreeRole, LadderTreeTrack } from '../service/ladderTree/ladderTreeModel';

/** `roleDocs/showLadder`: the ladder in force for a page (or the first folder) as a text table. */
export const SHOW_LADDER_REQUEST = 'roleDocs/showLadder';
export interface ShowLadderParams {
  uri?: string;
}
export interface ShowLadderResult {
  /** Plain-text table, highest grade first. */
  text: string;
  /** "default", or the file the ladder came from (the config file when no ladder is in force). */
  source: string;
}

/** `roleDocs/ladderTree`: each folder's ladder as tracks → levels → the roles its pages give. */
export const LADDER_TREE_REQUEST = 'roleDocs/ladderTree';
export interface LadderTreeResult {
  /** Workspace folders, then folders below them with a `.role-docs.json` of their own. */
  folders: LadderTreeFolder[];
}
export interface LadderTreeFolder {
  uri: string;
  /** The folder's own name (its last path segment). */
  name: string;
  tree?: LadderTree;
  /** Set instead of `tree` when the folder's configuration has problems. */
  problem?: string;
}

/** Server → client, once the client has asked for the tree: pages or the configuration changed, so it may have too. */
export const LADDER_TREE_CHANGED_NOTIFICATION = 'roleDocs/ladderTreeChanged';

/** `roleDocs/checkWorkspace`: checks every page of every folder and returns the counts. */
export const CHECK_WORKSPACE_REQUEST = 'roleDocs/checkWorkspace';
export interface CheckWorkspaceResult {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Problems in `.role-docs.json` and ladder files. */
  configProblems: number;
}

/** `roleDocs/pageSummary`: what the status bar shows for the active page. */
export const PAGE_SUMMARY_REQUEST = 'roleDocs/pageSummary';
export interface PageSummaryParams {
  uri: string;
}
export interface PageSummaryResult {
  roles: number;
  problems: number;
  /** Set when the page's configuration has problems, so the ladder rules are off: what to tell the user. */
  configProblem?: string;
}

/** `roleDocs/levelSection`: the role Insert Level Section writes at the cursor, in snippet syntax; null when the ladder has no graded level. */
export const LEVEL_SECTION_REQUEST = 'roleDocs/levelSection';
export interface LevelSectionParams {
  uri: string;
  position: { line: number; character: number };
}
export interface LevelSectionResult {
  title: string;
  snippet: string;
}

/** `roleDocs/effectiveRole`: the role at a position with everything it inherits, as markdown; null where no role is. */
export const EFFECTIVE_ROLE_REQUEST = 'roleDocs/effectiveRole';
export interface EffectiveRoleParams {
  uri: string;
  position: { line: number; character: number };
  /** The role shown before: the role of this title nearest `position` is answered, so the view follows edits above it. */
  title?: string;
}
export interface EffectiveRoleResult {
  title: string;
  /** 0-based line of the role's heading. */
  line: number;
  markdown: string;
}

/** Server → client (web): every markdown file under these folders. */
export const FIND_FILES_REQUEST = 'roleDocs/findFiles';
export interface FindFilesParams {
  roots: string[];
}

/** Server → client (web): a file's text, or null when it cannot be read as text. */
export const READ_FILE_REQUEST = 'roleDocs/readFile';
export interface ReadFileParams {
  uri: string;
}
export interface ReadFileResult {
  text: string | null;
}

/** Section of the editor settings the server asks for. */
export const SETTINGS_SECTION = 'roleDocs';

/**
 * `initializationOptions` key: true when the editor's own markdown features (VS Code's) give the
 * outline and resolve and complete in-page and relative links, so the server leaves those to them.
 */
export const EDITOR_MARKDOWN_FEATURES = 'editorMarkdownFeatures';
