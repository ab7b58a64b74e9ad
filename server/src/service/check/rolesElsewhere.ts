import type { RoleDocument } from '../document/model';
import type { RoleDocsConfig } from '../config/configTypes';
import type { Workspace } from '../workspace';
import { type DocumentStore, FILE_VERSION } from '../documentStore';
import { claimsNamingOtherFamilies } from '../rules/ladder/extendsOtherFamily';
import { roleTitleKeys } from '../rules/ladder/roleTitleWords';
import { createRuleContext, type LinkedDocuments } from './ruleContext';

const NO_TITLES: ReadonlySet<string> = new Set();

/** FNV-1a over the text: a page's titles are kept per text without keeping the text. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Looks up, on the workspace's other pages, the role titles a page's unlinked extends claims name
 * where the page gives no such role. Pages are read only for a page with such a claim (rare), and
 * parsed only when their text holds the words of a title looked for; each parsed page's role titles
 * are kept per text, so a page edited again reads the others but parses none twice.
 */
export class RolesElsewhere {
  readonly #titlesByPage = new Map<string, { length: number; hash: number; titles: ReadonlySet<string> }>();
  /** Per closed file, while watchers report its changes: what it gave for the titles' words, so it is not read again. */
  readonly #unchangedFiles = new Map<string, { stamp: number; words: string; titles: ReadonlySet<string> }>();
  /** The workspace's markdown files, while watchers report none created or removed since they were listed. */
  #listing: { stamp: number; uris: string[] } | undefined;
  /** The ladder the kept titles were found with: another finds other roles. */
  #ladder: RoleDocsConfig['ladder'] | undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly store: DocumentStore,
  ) {}

  /** The wanted titles other pages define; undefined when the page wants none (or the ladder is not in force). */
  async find(document: RoleDocument, config: RoleDocsConfig, displayPath: string, linked: LinkedDocuments): Promise<ReadonlySet<string> | undefined> {
    if (config.problems.length || !document.roles.some((role) => role.extendsClaims.some((claim) => !claim.link))) return undefined;
    const wanted = new Set(claimsNamingOtherFamilies(createRuleContext(document, config.ladder, displayPath, linked, {})).map((c) => c.titleKey));
    if (!wanted.size) return undefined;
    if (this.#ladder !== config.ladder) {
      this.#titlesByPage.clear();
      this.#unchangedFiles.clear();
      this.#ladder = config.ladder;
    }
    // A page can give a role one of these titles only if its text holds the title's words ("senior" may be "Sr.", "and" "&").
    const wordsOfTitles = [...wanted].map((title) => title.split(' ').filter((word) => word !== 'senior' && word !== 'and'));
    const wordsKey = JSON.stringify(wordsOfTitles);
    const found = new Set<string>();
    for (const uri of await this.#markdownFiles()) {
      if (uri === document.uri) continue;
      for (const title of await this.#titlesOf(uri, wordsOfTitles, wordsKey)) if (wanted.has(title)) found.add(title);
      if (found.size === wanted.size) break;
    }
    return found;
  }

  /** The workspace's markdown files, listed again only when a watcher reports a change: listing walks every folder. */
  async #markdownFiles(): Promise<string[]> {
    // Taken before the walk: a change reported during it makes the next check list again.
    const stamp = this.store.filesStamp();
    if (stamp !== undefined && this.#listing?.stamp === stamp) return this.#listing.uris;
    const uris = await this.workspace.findMarkdownFiles();
    if (stamp !== undefined) this.#listing = { stamp, uris };
    return uris;
  }

  /**
   * The page's role titles; none when its text lacks a word of every title looked for (then it is
   * not parsed). A closed file the watchers report unchanged is not read again: a page with such a
   * claim is checked on every keystroke, and the workspace can hold thousands of files.
   */
  async #titlesOf(uri: string, wordsOfTitles: readonly string[][], words: string): Promise<ReadonlySet<string>> {
    // Taken before the read: a change reported during it makes the next check read again.
    const stamp = this.store.fileStamp(uri);
    const unchanged = stamp === undefined ? undefined : this.#unchangedFiles.get(uri);
    if (unchanged && unchanged.stamp === stamp && unchanged.words === words) return unchanged.titles;
    const titles = await this.#readTitles(uri, wordsOfTitles);
    if (stamp !== undefined) this.#unchangedFiles.set(uri, { stamp, words, titles });
    return titles;
  }

  async #readTitles(uri: string, wordsOfTitles: readonly string[][]): Promise<ReadonlySet<string>> {
    const known = this.store.known(uri);
    const text = known ? known.document?.text : await this.workspace.readText(uri);
    if (text === undefined) return NO_TITLES;
    const lower = text.toLowerCase();
    if (!wordsOfTitles.some((words) => words.every((word) => lower.includes(word)))) return NO_TITLES;
    const hash = hashText(text);
    const kept = this.#titlesByPage.get(uri);
    if (kept?.length === text.length && kept.hash === hash) return kept.titles;
    const page = known?.document ?? this.store.parseUncached(uri, text, FILE_VERSION);
    const titles = new Set(page.roles.flatMap((role) => roleTitleKeys(role.title)));
    this.#titlesByPage.set(uri, { length: text.length, hash, titles });
    return titles;
  }
}
