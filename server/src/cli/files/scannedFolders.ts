import { relative, sep } from 'node:path';
import { pathFromUri, SKIPPED_DIRECTORIES } from '../../node/nodeWorkspace';

/** The folders the file selection walked for markdown and every markdown file found in them. */
export interface ScannedFolders {
  dirs: string[];
  /** As paths: link targets' URIs may spell the same path differently. */
  files: Set<string>;
  /** The same, as the walk spelled them. */
  dirUris: string[];
  uris: Set<string>;
}

/**
 * Whether the file selection's walk proves a page absent: a markdown file in a walked folder that
 * the walk did not find. Pages' links try thousands of candidate files that do not exist; this
 * answers for them without touching the disk, both when checking and when validating the cache.
 */
export function knownAbsent(scanned: ScannedFolders | undefined, uri: string): boolean {
  if (!scanned || !uri.endsWith('.md')) return false;
  // A URI with no escapes is spelled as the walk spells it: string tests suffice.
  if (!uri.includes('%')) {
    if (scanned.uris.has(uri)) return false;
    const dir = scanned.dirUris.find((d) => uri.startsWith(d + '/'));
    if (dir !== undefined) return !uri.slice(dir.length + 1).split('/').some((part) => SKIPPED_DIRECTORIES.has(part));
  }
  let path: string;
  try {
    path = pathFromUri(uri);
  } catch {
    return false;
  }
  if (scanned.files.has(path)) return false;
  return scanned.dirs.some((dir) => {
    const rel = relative(dir, path);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return false;
    return !rel.split(sep).some((part) => SKIPPED_DIRECTORIES.has(part));
  });
}
