/**
 * The service's only door to files. The node server and CLI implement it with fs, the web worker
 * by asking the client, tests with a map. URIs are `file:` (or any scheme) strings.
 */
export interface Workspace {
  /** Folder URIs, without trailing slash. Nothing outside them is read. */
  readonly roots: readonly string[];
  /** Every markdown file under the roots, as URIs. */
  findMarkdownFiles(): Promise<string[]>;
  /** The file's text, or undefined when it is missing, unreadable, outside the roots or not text. */
  readText(uri: string): Promise<string | undefined>;
}

/** A map-backed workspace for tests and for single-file checks. */
export class InMemoryWorkspace implements Workspace {
  readonly files: Map<string, string>;
  constructor(
    readonly roots: readonly string[],
    files: Record<string, string> | Map<string, string>,
  ) {
    this.files = files instanceof Map ? files : new Map(Object.entries(files));
  }
  async findMarkdownFiles(): Promise<string[]> {
    return [...this.files.keys()].filter((u) => u.endsWith('.md')).sort();
  }
  async readText(uri: string): Promise<string | undefined> {
    return this.files.get(uri);
  }
}
