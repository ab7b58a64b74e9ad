import type { Connection } from 'vscode-languageserver/browser';
import { FIND_FILES_REQUEST, READ_FILE_REQUEST, type FindFilesParams, type ReadFileParams, type ReadFileResult } from '../common/protocol';
import { isInside, type Workspace } from '../service';

/** The workspace as the web client sees it: the worker has no file system, so it asks the client. */
export class BrowserWorkspace implements Workspace {
  readonly roots: readonly string[];
  readonly #connection: Connection;

  constructor(connection: Connection, roots: string[]) {
    this.#connection = connection;
    this.roots = roots;
  }

  async findMarkdownFiles(): Promise<string[]> {
    if (!this.roots.length) return [];
    try {
      const params: FindFilesParams = { roots: [...this.roots] };
      const found: unknown = await this.#connection.sendRequest(FIND_FILES_REQUEST, params);
      return Array.isArray(found) ? found.filter((u): u is string => typeof u === 'string' && this.roots.some((r) => isInside(u, r))) : [];
    } catch {
      return [];
    }
  }

  async readText(uri: string): Promise<string | undefined> {
    if (!this.roots.some((root) => isInside(uri, root))) return undefined;
    try {
      const params: ReadFileParams = { uri };
      const result = (await this.#connection.sendRequest(READ_FILE_REQUEST, params)) as ReadFileResult | null;
      return typeof result?.text === 'string' ? result.text : undefined;
    } catch {
      return undefined;
    }
  }
}
