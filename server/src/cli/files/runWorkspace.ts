import type { Workspace } from '../../service';
import type { NodeWorkspace } from '../../node/nodeWorkspace';
import type { ReadResult } from '../../node/readTextFile';
import { knownAbsent, type ScannedFolders } from './scannedFolders';

const ABSENT: ReadResult = { problem: 'No such file.' };

/** What one page's check read: each file's text (or its absence), and whether it listed the workspace. */
export interface Reads {
  files: Map<string, string | undefined>;
  listed: boolean;
}

/**
 * The workspace for one CLI run: files do not change while it runs, so each is read once however
 * many pages link to it; and every read can be recorded, so the cache knows what a page's findings
 * depended on.
 */
export class RunWorkspace implements Workspace {
  readonly roots: readonly string[];
  readonly #inner: NodeWorkspace;
  readonly #scanned: ScannedFolders | undefined;
  readonly #reads = new Map<string, Promise<ReadResult>>();
  #recording: Reads | undefined;

  constructor(inner: NodeWorkspace, scanned?: ScannedFolders) {
    this.#inner = inner;
    this.#scanned = scanned;
    this.roots = inner.roots;
  }

  readFile(uri: string): Promise<ReadResult> {
    let read = this.#reads.get(uri);
    if (!read) {
      // Most link candidates do not exist; the walk already knows, and a disk probe each would leave the thread waiting.
      read = knownAbsent(this.#scanned, uri) ? Promise.resolve(ABSENT) : this.#inner.readFile(uri);
      this.#reads.set(uri, read);
    }
    return read;
  }

  /** Lets a file's text go once nothing will ask for it again (a checked page that no link points at). */
  forget(uri: string): void {
    this.#reads.delete(uri);
  }

  async readText(uri: string): Promise<string | undefined> {
    const read = await this.readFile(uri);
    const text = 'text' in read ? read.text : undefined;
    this.#recording?.files.set(uri, text);
    return text;
  }

  findMarkdownFiles(): Promise<string[]> {
    if (this.#recording) this.#recording.listed = true;
    return this.#inner.findMarkdownFiles();
  }

  /** Runs `work` recording its reads; checks run one at a time, so recordings never mix. */
  async recording<T>(work: () => Promise<T>): Promise<{ result: T; reads: Reads }> {
    const reads: Reads = { files: new Map(), listed: false };
    this.#recording = reads;
    try {
      return { result: await work(), reads };
    } finally {
      this.#recording = undefined;
    }
  }
}
