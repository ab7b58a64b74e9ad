import type { Link, RoleDocument } from '../document/model';
import { FILE_VERSION } from '../documentStore';
import type { RoleDocsConfig } from '../config/configTypes';
import { createRuleContext } from '../check/ruleContext';
import { candidateFilesForLink } from '../sitePaths';
import { dirnameUri } from '../uriPath';
import type { RoleDocsService } from '../roleDocsService';
import type { LinkSummary, PageSummary, RoleSummary } from './pageSummary';
import { summarizePage } from './summarizePage';

export type { AnchorSummary, HeadingSummary, LinkSummary, PageSummary, RoleSummary } from './pageSummary';

/** A link of some page that lands on the page being asked about. */
export interface IncomingLink {
  sourceUri: string;
  /** The linking page, for the role an extends link belongs to. */
  source: PageSummary;
  link: LinkSummary;
}

export interface IndexedRole {
  uri: string;
  role: RoleSummary;
}

/** Files the workspaces list as markdown pages; watcher events for anything else are ignored. */
const MARKDOWN_FILE = /\.md$/i;
/** Pages parsed per turn of the event loop during a full scan, so requests are still answered. */
const SCAN_BATCH = 25;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Every markdown page of the workspace as a small summary, plus who links where.
 * The first query runs one full scan; after that the server keeps it current with `update`
 * (open document changed), `fileChanged` (created, changed on disk, or closed) and `remove` (deleted).
 */
export class WorkspaceIndex {
  readonly #service: RoleDocsService;
  readonly #pages = new Map<string, PageSummary>();
  /** Target page → pages with links landing on it (a page with fragment links lists itself). */
  readonly #incoming = new Map<string, Set<string>>();
  /** Link path (and folder, for relative links) → the page it resolves to; valid until the set of pages changes. */
  readonly #resolved = new Map<string, string | undefined>();
  /** Pages updated or removed while a scan runs: the scan must not overwrite them with older text. */
  readonly #touched = new Set<string>();
  /** Open documents changed since they were last summarised (see `changed`). */
  readonly #pending = new Map<string, RoleDocument>();
  #linksStale = true;
  #scannedFor: RoleDocsConfig | undefined;
  #scan: Promise<void> | undefined;

  constructor(service: RoleDocsService) {
    this.#service = service;
  }

  /** Resolves once every page is indexed (one full scan, again after the config changes) and every change is summarised. */
  ready(): Promise<void> {
    return this.#ready(undefined);
  }

  /** As `ready`, but a change to `unsummarised` may stay pending when the answer cannot depend on it. */
  async #ready(unsummarised: string | undefined): Promise<void> {
    const config = this.#service.config;
    if (this.#scannedFor !== config) {
      const rescan = this.#scannedFor !== undefined;
      this.#scannedFor = config;
      this.#scan = this.#scanAll(config, rescan);
    }
    await this.#scan;
    // A page not indexed yet is summarised all the same: links resolve only to indexed pages.
    for (const [uri, document] of this.#pending) if (uri !== unsummarised || !this.#pages.has(uri)) this.update(document);
    if (this.#linksStale) this.#resolveAll();
  }

  /**
   * An open document changed (or was opened). Its summary waits until the index is next asked: on a
   * large page summarising costs as much as checking it, and the check the editor waits for after
   * each keystroke never reads the index.
   */
  changed(document: RoleDocument): void {
    this.#touched.add(document.uri);
    this.#pending.set(document.uri, document);
  }

  /** Re-summarises one page now. */
  update(document: RoleDocument): PageSummary {
    const uri = document.uri;
    this.#pending.delete(uri);
    const old = this.#pages.get(uri);
    const summary = this.#summarize(document);
    this.#touched.add(uri);
    this.#pages.set(summary.uri, summary);
    if (!old) {
      this.#linksStale = true;
      return summary;
    }
    if (!this.#linksStale) {
      for (let i = 0; i < old.linkCount; i++) {
        const target = old.linkTarget(i);
        if (target) this.#incoming.get(target)?.delete(uri);
      }
      this.#resolveLinksOf(summary);
    }
    return summary;
  }

  /** The summary of this exact document version, re-summarising only when the index holds another. */
  sync(document: RoleDocument): PageSummary {
    const held = this.#pages.get(document.uri);
    if (held && held.version === document.version && document.version !== FILE_VERSION) {
      if (this.#pending.get(document.uri)?.version === document.version) this.#pending.delete(document.uri);
      return held;
    }
    return this.update(document);
  }

  /** A page was deleted. */
  remove(uri: string): void {
    this.#pending.delete(uri);
    this.#touched.add(uri);
    if (this.#pages.delete(uri)) this.#linksStale = true;
  }

  /** A file was created, changed on disk or closed in the editor: re-reads it unless an editor holds it open. */
  async fileChanged(uri: string): Promise<void> {
    if (!MARKDOWN_FILE.test(uri) || this.#service.store.isOpen(uri)) return;
    this.#touched.add(uri);
    const document = await this.#read(uri);
    if (this.#service.store.isOpen(uri)) return;
    if (document) this.update(document);
    else this.remove(uri);
  }

  /** The page's summary, if it is a workspace page. */
  async page(uri: string): Promise<PageSummary | undefined> {
    await this.ready();
    return this.#pages.get(uri);
  }

  /** Ids a link into this page may use. */
  async anchorsOf(uri: string): Promise<string[]> {
    const page = await this.page(uri);
    const ids = new Set<string>();
    for (let i = 0; i < (page?.anchorCount ?? 0); i++) ids.add(page!.anchor(i).id);
    return [...ids];
  }

  /** Links (extends claims included) landing on `uri`, on `#id` when given; by page, then position. */
  async incomingLinks(uri: string, id?: string): Promise<IncomingLink[]> {
    await this.ready();
    const out: IncomingLink[] = [];
    for (const sourceUri of [...(this.#incoming.get(uri) ?? [])].sort()) {
      const source = this.#pages.get(sourceUri);
      for (let i = 0; i < (source?.linkCount ?? 0); i++) {
        if (source!.linkTarget(i) === uri && (id === undefined || source!.linkFragment(i) === id)) out.push({ sourceUri, source: source!, link: source!.link(i) });
      }
    }
    return out;
  }

  /** Other pages with links into `uri`. */
  async pagesLinkingInto(uri: string): Promise<string[]> {
    // Which other pages link into a page does not depend on its own text: asked after each edit, this
    // leaves the edited page's summary pending.
    await this.#ready(uri);
    return [...(this.#incoming.get(uri) ?? [])].filter((u) => u !== uri).sort();
  }

  /** Every role of every page, by page uri then position. */
  async allRoles(): Promise<IndexedRole[]> {
    await this.ready();
    const uris = [...this.#pages.keys()].sort();
    return uris.flatMap((uri) => this.#pages.get(uri)!.roles.map((role) => ({ uri, role })));
  }

  /** The workspace page a site-path, relative or fragment link of `fromUri` lands on. */
  async resolveLink(fromUri: string, link: Pick<Link, 'kind' | 'path'>): Promise<string | undefined> {
    await this.ready();
    return this.#resolve(fromUri, link);
  }

  async #scanAll(config: RoleDocsConfig, rescan: boolean): Promise<void> {
    this.#linksStale = true;
    if (rescan) {
      this.#pages.clear();
      this.#touched.clear();
    } else for (const uri of this.#pages.keys()) this.#touched.add(uri);
    let uris: string[];
    try {
      uris = await this.#service.workspace.findMarkdownFiles();
    } catch {
      uris = [];
    }
    for (let i = 0; i < uris.length; i++) {
      if (this.#service.config !== config) return;
      const uri = uris[i];
      if (this.#touched.has(uri)) continue;
      const document = await this.#read(uri);
      if (document && !this.#touched.has(uri) && this.#service.config === config) {
        const summary = this.#summarize(document);
        this.#pages.set(summary.uri, summary);
      }
      if (i % SCAN_BATCH === SCAN_BATCH - 1) await yieldToEventLoop();
    }
    this.#linksStale = true;
  }

  /** The open document's model, else the file parsed with the store's options but not kept (a scan must not keep every model). */
  async #read(uri: string): Promise<RoleDocument | undefined> {
    try {
      if (this.#service.store.isOpen(uri)) return await this.#service.store.load(uri);
      const text = await this.#service.workspace.readText(uri);
      return text === undefined ? undefined : this.#service.store.parseUncached(uri, text, FILE_VERSION);
    } catch {
      return undefined;
    }
  }

  #summarize(document: RoleDocument): PageSummary {
    const { config, displayPath } = this.#service;
    const context = createRuleContext(document, config.ladder, displayPath(document.uri), { byLinkOffset: new Map() }, {});
    return summarizePage(document, context);
  }

  #resolve(fromUri: string, link: Pick<Link, 'kind' | 'path'>): string | undefined {
    if (link.kind === 'fragment' || (link.kind === 'relative' && link.path === '')) return fromUri;
    if ((link.kind !== 'site-path' && link.kind !== 'relative') || link.path === undefined) return undefined;
    const key = link.kind === 'relative' ? `relative ${dirnameUri(fromUri)} ${link.path}` : `site ${link.path}`;
    if (this.#resolved.has(key)) return this.#resolved.get(key);
    const { workspace, config } = this.#service;
    // candidateFilesForLink reads only the link's kind and path.
    const candidates = candidateFilesForLink(link as Link, fromUri, workspace.roots, config.sitePaths);
    // The page's own uri string, so links into one page share it rather than each holding a copy.
    const found = candidates.find((uri) => this.#pages.has(uri));
    const uri = found === undefined ? undefined : this.#pages.get(found)!.uri;
    this.#resolved.set(key, uri);
    return uri;
  }

  #resolveLinksOf(page: PageSummary): void {
    for (let i = 0; i < page.linkCount; i++) {
      const target = this.#resolve(page.uri, { kind: page.linkKind(i), path: page.linkPath(i) });
      page.setLinkTarget(i, target);
      if (!target) continue;
      let sources = this.#incoming.get(target);
      if (!sources) this.#incoming.set(target, (sources = new Set()));
      sources.add(page.uri);
    }
  }

  /** The set of pages changed: every link may now land elsewhere. */
  #resolveAll(): void {
    this.#resolved.clear();
    this.#incoming.clear();
    for (const page of this.#pages.values()) this.#resolveLinksOf(page);
    this.#linksStale = false;
  }
}
