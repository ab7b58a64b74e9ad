import { promises as fs, lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Workspace } from '../service';
import { readFileBytesSync, readTextFile, type ReadResult } from './readTextFile';

export const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
// Long enough to share within a check, short enough that a folder swapped for a symlink is seen.
const DIRECTORY_CACHE_MS = 2000;

export function uriFromPath(path: string): string {
  return pathToFileURL(path).href.replace(/\/$/, '');
}

export function pathFromUri(uri: string): string {
  return fileURLToPath(uri);
}

function isInsidePath(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** The workspace on disk. Reads only inside its roots, after resolving symlinks. */
export class NodeWorkspace implements Workspace {
  readonly roots: readonly string[];
  readonly #rootPaths: string[];
  #realRoots: Promise<string[]> | undefined;
  readonly #realDirs = new Map<string, { at: number; real: Promise<string | undefined> }>();

  constructor(rootPaths: string[]) {
    this.#rootPaths = rootPaths;
    this.roots = rootPaths.map(uriFromPath);
  }

  #resolvedRoots(): Promise<string[]> {
    this.#realRoots ??= Promise.all(this.#rootPaths.map((r) => fs.realpath(r).catch(() => r)));
    return this.#realRoots;
  }

  /** Whether a path, with symlinks resolved, stays inside a root. */
  async isInside(path: string): Promise<boolean> {
    const roots = await this.#resolvedRoots();
    let real: string | undefined;
    try {
      // A plain file's real path is its folder's real path plus its name: one lstat, the folder's realpath shared.
      const stat = await fs.lstat(path);
      if (stat.isSymbolicLink()) real = await fs.realpath(path);
      else {
        const dir = await this.#realDirectory(dirname(path));
        real = dir === undefined ? undefined : join(dir, basename(path));
      }
    } catch {
      return false;
    }
    return real !== undefined && roots.some((root) => isInsidePath(real, root));
  }

  /** A folder's real path, remembered briefly: a page's links probe the same folders many times. */
  #realDirectory(dir: string): Promise<string | undefined> {
    const now = Date.now();
    const cached = this.#realDirs.get(dir);
    if (cached && now - cached.at < DIRECTORY_CACHE_MS) return cached.real;
    const real = fs.realpath(dir).catch(() => undefined);
    this.#realDirs.set(dir, { at: now, real });
    return real;
  }

  async findMarkdownFiles(): Promise<string[]> {
    const found = new Set<string>();
    const visited = new Set<string>();
    const roots = await this.#resolvedRoots();
    const walk = async (dir: string): Promise<void> => {
      let real: string;
      try {
        real = await fs.realpath(dir);
      } catch {
        return;
      }
      if (visited.has(real) || !roots.some((root) => isInsidePath(real, root))) return;
      visited.add(real);
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() || entry.isSymbolicLink()) {
          if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
          if (entry.isSymbolicLink()) {
            const stat = await fs.stat(path).catch(() => undefined);
            if (stat?.isFile() && entry.name.endsWith('.md') && (await this.isInside(path))) found.add(uriFromPath(path));
            if (!stat?.isDirectory()) continue;
          }
          await walk(path);
        } else if (entry.isFile() && entry.name.endsWith('.md')) {
          found.add(uriFromPath(path));
        }
      }
    };
    for (const root of this.#rootPaths) await walk(root);
    return [...found];
  }

  async readFile(uri: string): Promise<ReadResult> {
    let path: string;
    try {
      path = pathFromUri(uri);
    } catch {
      return { problem: 'Not a file URI.' };
    }
    if (!(await this.isInside(path))) return { problem: 'Outside the workspace; not read.' };
    return readTextFile(path);
  }

  /** A file's bytes, blocking and undecoded; folders' real paths are remembered for the life of this workspace (one CLI run). */
  readBytesSync(uri: string): Buffer | { problem: string } {
    let path: string;
    try {
      path = pathFromUri(uri);
    } catch {
      return { problem: 'Not a file URI.' };
    }
    if (!this.#isInsideSync(path)) return { problem: 'Outside the workspace; not read.' };
    return readFileBytesSync(path);
  }

  readonly #realDirsSync = new Map<string, string | undefined>();
  #realRootsSync: string[] | undefined;

  #isInsideSync(path: string): boolean {
    const realOf = (p: string): string | undefined => {
      try {
        return realpathSync(p);
      } catch {
        return undefined;
      }
    };
    this.#realRootsSync ??= this.#rootPaths.map((r) => realOf(r) ?? r);
    let real: string | undefined;
    try {
      if (lstatSync(path).isSymbolicLink()) real = realOf(path);
      else {
        const dir = dirname(path);
        if (!this.#realDirsSync.has(dir)) this.#realDirsSync.set(dir, realOf(dir));
        const realDir = this.#realDirsSync.get(dir);
        real = realDir === undefined ? undefined : join(realDir, basename(path));
      }
    } catch {
      return false;
    }
    return real !== undefined && this.#realRootsSync.some((root) => isInsidePath(real, root));
  }

  async readText(uri: string): Promise<string | undefined> {
    const result = await this.readFile(uri);
    return 'text' in result ? result.text : undefined;
  }
}
