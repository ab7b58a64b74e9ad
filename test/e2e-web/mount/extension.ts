// The fixture handbook as the web workbench's folder: vscode-test-web://mount/, held in the worker's
// memory from a snapshot the test server hands out, so the run reads and writes nothing on disk.
import * as vscode from 'vscode';

const SCHEME = 'vscode-test-web';

/** What the test server sends: every file of the fixture, by path relative to the folder. */
export interface WorkspaceSnapshot {
  files: Record<string, string>;
}

interface Entry {
  type: vscode.FileType;
  ctime: number;
  mtime: number;
  data: Uint8Array;
}

function parentOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), 0)) || '/';
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A folder tree in memory, with the change events VS Code's file watchers (and so the server) rely on. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(snapshot: WorkspaceSnapshot) {
    this.put('/', vscode.FileType.Directory, new Uint8Array());
    const encoder = new TextEncoder();
    for (const [path, text] of Object.entries(snapshot.files)) {
      const absolute = `/${path}`;
      this.ensureFolders(parentOf(absolute));
      this.put(absolute, vscode.FileType.File, encoder.encode(text));
    }
  }

  /** Every file under `folder`, for the file search provider. */
  filesUnder(folder: string): string[] {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return [...this.entries].filter(([path, e]) => e.type === vscode.FileType.File && path.startsWith(prefix)).map(([path]) => path);
  }

  watch(): vscode.Disposable {
    // Every change fires on onDidChangeFile whatever is watched; VS Code filters by its watch requests.
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const { type, ctime, mtime, data } = this.entry(uri.path);
    return { type, ctime, mtime, size: data.byteLength };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const folder = this.entry(uri.path);
    if (folder.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    return [...this.entries].filter(([path]) => path !== '/' && parentOf(path) === normalize(uri.path)).map(([path, e]) => [nameOf(path), e.type]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.entry(uri.path);
    if (file.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return file.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const path = normalize(uri.path);
    const existing = this.entries.get(path);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!this.entries.has(parentOf(path))) throw vscode.FileSystemError.FileNotFound(uri.with({ path: parentOf(path) }));
    this.put(path, vscode.FileType.File, content, existing?.ctime);
    this.changed.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  createDirectory(uri: vscode.Uri): void {
    const path = normalize(uri.path);
    if (this.entries.has(path)) throw vscode.FileSystemError.FileExists(uri);
    this.put(path, vscode.FileType.Directory, new Uint8Array());
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    const path = normalize(uri.path);
    this.entry(path);
    for (const key of [...this.entries.keys()]) if (key === path || key.startsWith(`${path}/`)) this.entries.delete(key);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const source = normalize(from.path);
    const target = normalize(to.path);
    this.entry(source);
    if (this.entries.has(target) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    for (const [key, entry] of [...this.entries]) {
      if (key !== source && !key.startsWith(`${source}/`)) continue;
      this.entries.delete(key);
      this.entries.set(target + key.slice(source.length), entry);
    }
    this.changed.fire([
      { type: vscode.FileChangeType.Deleted, uri: from },
      { type: vscode.FileChangeType.Created, uri: to },
    ]);
  }

  private entry(path: string): Entry {
    const found = this.entries.get(normalize(path));
    if (!found) throw vscode.FileSystemError.FileNotFound(path);
    return found;
  }

  private put(path: string, type: vscode.FileType, data: Uint8Array, ctime = Date.now()): void {
    this.entries.set(path, { type, ctime, mtime: Date.now(), data });
  }

  private ensureFolders(path: string): void {
    if (this.entries.has(path)) return;
    this.ensureFolders(parentOf(path));
    this.put(path, vscode.FileType.Directory, new Uint8Array());
  }
}

function normalize(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path || '/';
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const response = await fetch(vscode.Uri.joinPath(context.extensionUri, 'workspace.json').toString(true));
  if (!response.ok) throw new Error(`the test server did not send the workspace: HTTP ${response.status}`);
  const files = new MemoryFileSystem((await response.json()) as WorkspaceSnapshot);
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(SCHEME, files, { isCaseSensitive: true }),
    // workspace.findFiles needs a file search provider for the scheme; VS Code applies the globs to what it returns.
    vscode.workspace.registerFileSearchProvider(SCHEME, {
      provideFileSearchResults: (_query, options) => files.filesUnder(options.folder.path).map((path) => options.folder.with({ path })),
    }),
  );
}
