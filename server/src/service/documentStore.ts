import type { RoleDocument } from './document/model';
import { buildRoleDocument, type DocumentOptions } from './document/buildRoleDocument';
import type { Workspace } from './workspace';

/** Files read from the workspace rather than an editor get this version. */
export const FILE_VERSION = -1;

const KNOWN_MISSING: { document: undefined } = Object.freeze({ document: undefined });

/**
 * One parsed model per document version. Editors own open documents (by version); every other
 * page is read through the workspace and re-parsed only when its text changes.
 */
export class DocumentStore {
  readonly #workspace: Workspace;
  readonly #open = new Map<string, { text: string; version: number }>();
  readonly #models = new Map<string, RoleDocument>();
  /** Files found missing or unreadable while reads are trusted; forgotten on `invalidate`. */
  readonly #missing = new Set<string>();
  #options: DocumentOptions;
  #filesWatched: () => boolean;
  /** Bumped whenever a file's cached state is dropped, so a read in flight across it is not kept. */
  #epoch = 0;
  /** Per file, how often it was reported changed (or closed): what `fileStamp` gives. */
  readonly #changes = new Map<string, number>();

  /**
   * `filesWatched`: whether every change on disk is reported through `invalidate`. Then a closed
   * file's model (or its absence) is reused without reading it again: a page's check probes many
   * candidate files per link, and doing that on every keystroke cost more than the check itself.
   */
  constructor(workspace: Workspace, options: DocumentOptions, filesWatched: () => boolean = () => false) {
    this.#workspace = workspace;
    this.#options = options;
    this.#filesWatched = filesWatched;
  }

  /** New slug profile or section words: every model is stale. */
  setOptions(options: DocumentOptions): void {
    this.#options = options;
    this.#models.clear();
    this.#epoch++;
  }

  setOpen(uri: string, text: string, version: number): void {
    this.#open.set(uri, { text, version });
  }

  close(uri: string): void {
    this.#changed(uri);
    this.#open.delete(uri);
    this.#models.delete(uri);
    // Saved while open, the file may now exist; watchers report no change for open pages.
    this.#missing.delete(uri);
    this.#epoch++;
  }

  isOpen(uri: string): boolean {
    return this.#open.has(uri);
  }

  /** Drops a closed file's model after it changed on disk. */
  invalidate(uri: string): void {
    this.#changed(uri);
    this.#missing.delete(uri);
    this.#epoch++;
    if (!this.#open.has(uri)) this.#models.delete(uri);
  }

  #changed(uri: string): void {
    this.#changes.set(uri, (this.#changes.get(uri) ?? 0) + 1);
  }

  /**
   * A closed file's state as the watchers report it: equal stamps mean what was read from it still
   * holds. Undefined when the file is open or no watcher reports changes (then it must be read).
   */
  fileStamp(uri: string): number | undefined {
    if (this.#open.has(uri) || !this.#filesWatched()) return undefined;
    return this.#changes.get(uri) ?? 0;
  }

  /**
   * The workspace's files as the watchers report them: equal stamps mean no file was created,
   * changed or removed in between. Undefined when no watcher reports changes.
   */
  filesStamp(): number | undefined {
    return this.#filesWatched() ? this.#epoch : undefined;
  }

  /** The model for this exact text, reusing the cached one when nothing changed. */
  get(uri: string, text: string, version: number): RoleDocument {
    const cached = this.#models.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    // An open page is being edited: its next version reuses what this one's parse leaves.
    const open = this.#open.has(uri);
    const model = buildRoleDocument(uri, version, text, { ...this.#options, keepParseState: open }, open ? cached : undefined);
    this.#models.set(uri, model);
    return model;
  }

  /** A model built with this store's options but not kept, nor its blocks' trees: for scans that must not hold every page. */
  parseUncached(uri: string, text: string, version: number): RoleDocument {
    return buildRoleDocument(uri, version, text, { ...this.#options, keepBlockTrees: false });
  }

  /**
   * What `load` gives, when the store can tell without reading the file; undefined when it must read.
   * A check looks up every link's candidate files, on every keystroke: an answer already known is
   * given at once, not through a promise per candidate.
   */
  known(uri: string): { document: RoleDocument | undefined } | undefined {
    const open = this.#open.get(uri);
    if (open) return { document: this.get(uri, open.text, open.version) };
    if (!this.#filesWatched()) return undefined;
    if (this.#missing.has(uri)) return KNOWN_MISSING;
    const held = this.#models.get(uri);
    return held?.version === FILE_VERSION ? { document: held } : undefined;
  }

  /** The open document's model, or the file's; undefined when it cannot be read. */
  async load(uri: string): Promise<RoleDocument | undefined> {
    const known = this.known(uri);
    if (known) return known.document;
    const trusted = this.#filesWatched();
    const epoch = this.#epoch;
    const text = await this.#workspace.readText(uri);
    // A change reported during the read may postdate what was read: use it, remember nothing.
    if (epoch !== this.#epoch) return text === undefined ? undefined : this.parseUncached(uri, text, FILE_VERSION);
    if (text === undefined) {
      if (trusted) this.#missing.add(uri);
      return undefined;
    }
    return this.get(uri, text, FILE_VERSION);
  }

  cached(uri: string): RoleDocument | undefined {
    return this.#models.get(uri);
  }
}
