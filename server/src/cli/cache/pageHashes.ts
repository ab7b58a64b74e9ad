import { statSync } from 'node:fs';
import { pathFromUri, type NodeWorkspace } from '../../node/nodeWorkspace';
import { readFileBytesSync } from '../../node/readTextFile';
import { hashBytes } from './hashText';
import { knownAbsent, type ScannedFolders } from '../files/scannedFolders';

type PageHash = { hash: string; size: number } | null;

/**
 * Each file's content hash, read once per run. Only the hash and size are kept, never the text:
 * the thread that answers from the cache holds no pages. Reads block: on the cache's path a
 * thread-pool round trip per small file costs more than the read itself.
 */
export class PageHashes {
  readonly #workspace: NodeWorkspace;
  readonly #scanned: ScannedFolders | undefined;
  readonly #hashes = new Map<string, PageHash>();

  constructor(workspace: NodeWorkspace, scanned?: ScannedFolders) {
    this.#workspace = workspace;
    this.#scanned = scanned;
  }

  /** Hash and size of the page's text; null when it cannot be read as text. */
  read(uri: string): PageHash {
    let read = this.#hashes.get(uri);
    if (read === undefined) {
      read = knownAbsent(this.#scanned, uri) ? null : this.#hash(uri);
      this.#hashes.set(uri, read);
    }
    return read;
  }

  /** The page's size in bytes without reading it (0 when it cannot be read): to plan the run. */
  size(uri: string): number {
    const read = this.#hashes.get(uri);
    if (read !== undefined) return read?.size ?? 0;
    try {
      return statSync(pathFromUri(uri)).size;
    } catch {
      return 0;
    }
  }

  hashOf = (uri: string): string | null => this.read(uri)?.hash ?? null;

  #hash(uri: string): PageHash {
    const bytes = this.#workspace.readBytesSync(uri);
    return Buffer.isBuffer(bytes) ? { hash: hashBytes(bytes), size: bytes.length } : null;
  }
}

/** A configuration file's hash as it is now (by path), read the way the configuration loader reads it. */
export function hashOfPath(path: string): string | null {
  const bytes = readFileBytesSync(path);
  return Buffer.isBuffer(bytes) ? hashBytes(bytes) : null;
}
