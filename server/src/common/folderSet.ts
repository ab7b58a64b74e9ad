import type { Logger } from '../service';
import type { RoleDocument } from '../service/document/model';
import type { Workspace } from '../service/workspace';
import { RoleDocsFolder } from './roleDocsFolder';

/** Builds the file access for one folder (root URIs without trailing slash; none for loose pages). */
export type CreateWorkspace = (roots: string[]) => Workspace;

export function trimFolderUri(uri: string): string {
  return uri.replace(/(?<!\/)\/+$/, ''); // lookbehind: `////…` is tried once
}

/** The workspace folders, and which one a page belongs to (the deepest folder holding it). */
export class FolderSet {
  readonly #folders = new Map<string, RoleDocsFolder>();
  readonly #loose: RoleDocsFolder;
  readonly #createWorkspace: CreateWorkspace;
  readonly #logger: Logger;
  /** Set once the client watches every page, so the folders may trust what they have read (see DocumentStore). */
  filesWatched = false;
  /** Settles when the configuration being loaded is in force; requests wait for it. */
  ready: Promise<void> = Promise.resolve();

  readonly #watched = (): boolean => this.filesWatched;

  constructor(createWorkspace: CreateWorkspace, logger: Logger) {
    this.#createWorkspace = createWorkspace;
    this.#logger = logger;
    this.#loose = new RoleDocsFolder(undefined, createWorkspace([]), logger, this.#watched);
  }

  add(uri: string): RoleDocsFolder {
    const key = trimFolderUri(uri);
    let folder = this.#folders.get(key);
    if (!folder) {
      folder = new RoleDocsFolder(key, this.#createWorkspace([key]), this.#logger, this.#watched);
      this.#folders.set(key, folder);
    }
    return folder;
  }

  remove(uri: string): void {
    this.#folders.delete(trimFolderUri(uri));
  }

  /** The workspace folders, then the folder for loose pages. */
  all(): RoleDocsFolder[] {
    return [...this.#folders.values(), this.#loose];
  }

  folders(): RoleDocsFolder[] {
    return [...this.#folders.values()];
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
    for (const folder of this.#folders.values()) {
      if (folder.contains(uri) && (!best || folder.uri!.length > best.uri!.length)) best = folder;
    }
    return best ?? this.#loose;
  }
}
