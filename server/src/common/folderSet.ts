import { isInside, type Logger, type RoleDocument, type Workspace } from '../service';
import { nestedConfigFolders } from './nestedConfigs';
import { RoleDocsFolder } from './roleDocsFolder';

/** Builds the file access for one folder (root URIs without trailing slash; none for loose pages). */
export type CreateWorkspace = (roots: string[]) => Workspace;

export function trimFolderUri(uri: string): string {
  return uri.replace(/(?<!\/)\/+$/, ''); // lookbehind: `////…` is tried once
}

/**
 * The workspace folders and the folders below them holding a `.role-docs.json`, and which one a
 * page belongs to: the deepest folder holding it, so the nearest configuration above a page applies.
 */
export class FolderSet {
  readonly #folders = new Map<string, RoleDocsFolder>();
  /** Folders inside a workspace folder with a `.role-docs.json` of their own. */
  readonly #nested = new Map<string, RoleDocsFolder>();
  readonly #loose: RoleDocsFolder;
  readonly #createWorkspace: CreateWorkspace;
  readonly #logger: Logger;
  /** Set once the client watches every page, so the folders may trust what they have read (see DocumentStore). */
  filesWatched = false;
  /** Set when the editor's own markdown features resolve in-page and relative links (VS Code's). */
  editorResolvesLinks = false;
  /** Settles when the configuration being loaded is in force; requests wait for it. */
  ready: Promise<void> = Promise.resolve();

  readonly #watched = (): boolean => this.filesWatched;
  readonly #featureOptions = { editorResolvesLinks: (): boolean => this.editorResolvesLinks };

  constructor(createWorkspace: CreateWorkspace, logger: Logger) {
    this.#createWorkspace = createWorkspace;
    this.#logger = logger;
    this.#loose = new RoleDocsFolder(undefined, createWorkspace([]), logger, this.#watched, this.#featureOptions);
  }

  add(uri: string): RoleDocsFolder {
    const key = trimFolderUri(uri);
    let folder = this.#folders.get(key);
    if (!folder) {
      folder = new RoleDocsFolder(key, this.#createWorkspace([key]), this.#logger, this.#watched, this.#featureOptions);
      this.#folders.set(key, folder);
    }
    return folder;
  }

  remove(uri: string): void {
    const key = trimFolderUri(uri);
    this.#folders.delete(key);
    for (const nested of this.#nested.keys()) if (isInside(nested, key)) this.#nested.delete(nested);
  }

  /**
   * Looks again for `.role-docs.json` files below the workspace folders: a folder holding one gets
   * its own configuration, one whose file is gone is dropped. Returns the folders added.
   */
  async findNestedConfigs(log: (message: string) => void): Promise<RoleDocsFolder[]> {
    const found = new Set<string>();
    for (const folder of this.#folders.values()) {
      try {
        for (const dir of await nestedConfigFolders(folder.uri!, folder.workspace)) found.add(dir);
      } catch (error) {
        log(`Cannot look for ${folder.uri}'s nested configuration files: ${String(error)}`);
      }
    }
    for (const key of this.#nested.keys()) if (!found.has(key)) this.#nested.delete(key);
    const added: RoleDocsFolder[] = [];
    for (const key of found) {
      if (this.#nested.has(key) || this.#folders.has(key)) continue;
      const folder = new RoleDocsFolder(key, this.#createWorkspace([key]), this.#logger, this.#watched, this.#featureOptions);
      this.#nested.set(key, folder);
      added.push(folder);
    }
    return added;
  }

  /** The workspace folders, the folders with their own configuration, then the folder for loose pages. */
  all(): RoleDocsFolder[] {
    return [...this.folders(), this.#loose];
  }

  folders(): RoleDocsFolder[] {
    return [...this.#folders.values(), ...this.#nested.values()];
  }

  /** The folder's checked pages that no deeper folder's configuration claims. */
  async pagesOf(folder: RoleDocsFolder): Promise<string[]> {
    return (await folder.pages()).filter((uri) => this.route(uri) === folder);
  }

  /** The page's folder and its model at the editor's version (or the file's, when not open). */
  async page(uri: string, open: { getText(): string; version: number } | undefined): Promise<{ folder: RoleDocsFolder; document: RoleDocument | undefined }> {
    await this.ready;
    const folder = this.route(uri);
    const document = open ? folder.service.getDocument(uri, open.getText(), open.version) : await folder.service.store.load(uri);
    return { folder, document };
  }

  route(uri: string): RoleDocsFolder {
    let best: RoleDocsFolder | undefined;
    for (const folder of this.folders()) {
      if (folder.contains(uri) && (!best || folder.uri!.length > best.uri!.length)) best = folder;
    }
    return best ?? this.#loose;
  }
}
