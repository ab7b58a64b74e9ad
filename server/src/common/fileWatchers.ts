import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../service';
import type { FolderSet } from './folderSet';
import type { Log } from './guard';

/**
 * Asks the client to watch pages, `.role-docs.json` files and the ladder files the configuration
 * names. The ladder files change with the configuration, so the registration is renewed then.
 */
export class FileWatchers {
  readonly #connection: Connection;
  readonly #log: Log;
  readonly #relativePatterns: boolean;
  #registration: Promise<Disposable | undefined> | undefined;
  #key = '';

  constructor(connection: Connection, log: Log, relativePatterns: boolean) {
    this.#connection = connection;
    this.#log = log;
    this.#relativePatterns = relativePatterns;
  }

  #watchers(folders: FolderSet): FileSystemWatcher[] {
    const watchers: FileSystemWatcher[] = [{ globPattern: '**/*.md' }, { globPattern: `**/${CONFIG_FILE_NAME}` }];
    for (const folder of folders.folders()) {
      for (const file of folder.loaded?.watchedFiles ?? []) {
        if (file.endsWith(`/${CONFIG_FILE_NAME}`) || !folder.uri || !file.startsWith(folder.uri + '/')) continue;
        const relative = file.slice(folder.uri.length + 1);
        watchers.push({ globPattern: this.#relativePatterns ? { baseUri: folder.uri, pattern: relative } : `**/${relative}` });
      }
    }
    return watchers;
  }

  /** Registers the watchers, replacing the previous registration when the set changed. */
  async update(folders: FolderSet): Promise<void> {
    const watchers = this.#watchers(folders);
    const key = JSON.stringify(watchers);
    if (key === this.#key) return;
    this.#key = key;
    const previous = this.#registration;
    this.#registration = this.#connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
      this.#log.error(`Cannot watch files: ${String(error)}`);
      return undefined;
    });
    (await previous)?.dispose();
    // Only a client that took the watchers tells the server about every change on disk.
    folders.filesWatched = (await this.#registration) !== undefined;
  }
}
