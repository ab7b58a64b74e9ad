import { promises as fs } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { NodeWorkspace, pathFromUri, uriFromPath } from '../../node/nodeWorkspace';
import { UsageError } from '../cliArgs';
import type { ScannedFolders } from './scannedFolders';

export type { ScannedFolders } from './scannedFolders';

const GLOB_CHARS = /[*?[\]{}]/;

export interface Selection {
  root: string;
  /** File URIs to check, sorted. */
  files: string[];
  workspace: NodeWorkspace;
  /** The folders walked for markdown and every markdown file found in them. */
  scanned: ScannedFolders;
}

/** The folder pages' site paths are relative to: the nearest `.role-docs.json` up to `cwd`, else the folder itself. */
function findRoot(start: string, cwd: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.role-docs.json'))) return dir;
    if (dir === cwd || dirname(dir) === dir || !dir.startsWith(cwd)) return start;
  }
}

/** Expands paths and globs into the markdown files to check and the workspace they live in. */
export async function selectFiles(paths: string[], cwd: string, rootOption?: string): Promise<Selection> {
  const plain = paths.filter((p) => !GLOB_CHARS.test(p));
  const globs = paths.filter((p) => GLOB_CHARS.test(p));
  if (!plain.length && !globs.length) plain.push('.');
  const dirs: string[] = [];
  const files: string[] = [];
  for (const p of plain) {
    const abs = resolve(cwd, p);
    const stat = await fs.stat(abs).catch(() => undefined);
    if (!stat) throw new UsageError(`No such file or directory: ${p}`);
    (stat.isDirectory() ? dirs : files).push(abs);
  }
  const root = rootOption
    ? resolve(cwd, rootOption)
    : dirs.length === 1 && !files.length && !globs.length
      ? findRoot(dirs[0], cwd)
      : cwd;
  const extraRoots = [...dirs, ...files.map(dirname)].filter((p) => relative(root, p).startsWith('..'));
  const workspace = new NodeWorkspace([root, ...new Set(extraRoots)]);
  const selected = new Set(files.map(uriFromPath));
  const scanned: ScannedFolders = { dirs: [], files: new Set(), dirUris: [], uris: new Set() };
  if (dirs.length) {
    const scan = new NodeWorkspace(dirs);
    for (const uri of await scan.findMarkdownFiles()) {
      selected.add(uri);
      scanned.files.add(pathFromUri(uri));
      scanned.uris.add(uri);
    }
    scanned.dirs.push(...dirs);
    scanned.dirUris.push(...dirs.map(uriFromPath));
  }
  if (globs.length) {
    const scan = new NodeWorkspace([cwd]);
    const cwdUri = uriFromPath(cwd);
    const found = await scan.findMarkdownFiles();
    for (const uri of found) {
      scanned.files.add(pathFromUri(uri));
      scanned.uris.add(uri);
    }
    scanned.dirs.push(cwd);
    scanned.dirUris.push(cwdUri);
    for (const uri of found) {
      const rel = decodeURIComponent(uri.slice(cwdUri.length + 1)).split(sep).join('/');
      if (globs.some((g) => minimatch(rel, g.replace(/^\.\//, ''), { dot: false }))) selected.add(uri);
    }
  }
  return { root, files: [...selected].sort(), workspace, scanned };
}
