import {
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, INVALID_CONFIG, readDiagnosticData } from '../service';
import type { FolderSet } from './folderSet';
import { cancelled, guard, type Log } from './guard';
import { ReportHistory } from './reportHistory';

/** Edits arrive per keystroke; checks and refreshes wait for a pause this long. */
const PUSH_DELAY_MS = 100;
const REFRESH_DELAY_MS = 50;

export interface DiagnosticsOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: FolderSet;
  log: Log;
  /** The client pulls diagnostics; otherwise the server publishes them. */
  pull: boolean;
  refreshSupport: boolean;
}

/**
 * Diagnostics for pull clients (document and workspace reports, a refresh when pages linking into
 * a changed page may have changed) and for push clients (publish on change, and for every page).
 * Configuration problems are always published, since no markdown document is pulled for them.
 */
export class Diagnostics {
  readonly #o: DiagnosticsOptions;
  /** Bumped on every change the server sees; a report with the current value is still valid. */
  #generation = 0;
  readonly #pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #configFiles = new Set<string>();
  readonly #reports = new ReportHistory();
  /** Closed pages published with problems (push clients), to clear when the scope narrows. */
  readonly #publishedClosed = new Set<string>();
  /** Set at shutdown: nothing is sent after it, the client may have closed the connection. */
  #closed = false;

  constructor(options: DiagnosticsOptions) {
    this.#o = options;
  }

  get pull(): boolean {
    return this.#o.pull;
  }

  listen(): void {
    if (!this.#o.pull) return;
    const { connection } = this.#o;
    connection.languages.diagnostics.on((params, token) => this.#documentReport(params.textDocument.uri, params.previousResultId, token));
    connection.languages.diagnostics.onWorkspace(async (params, token) => {
      const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
      return { items: await this.#workspaceReports(previous, token) };
    });
  }

  /** The findings of one page now, as diagnostics; empty when it is excluded or unreadable. */
  async compute(uri: string, token?: CancellationToken): Promise<Diagnostic[]> {
    return guard(this.#o.log, 'Diagnostics', token, [], async () => {
      const { folder, document } = await this.#o.folders.page(uri, this.#o.documents.get(uri));
      return document && folder.isChecked(uri) ? folder.features.getDiagnostics(document, token) : [];
    });
  }

  async #documentReport(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const resultId = String(this.#generation);
    if (previousResultId === resultId) return { kind: 'unchanged', resultId };
    const version = this.#o.documents.get(uri)?.version;
    const items = await this.compute(uri, token);
    if (version !== this.#o.documents.get(uri)?.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The page changed while it was checked.', { retriggerRequest: true });
    }
    if (version === undefined) return { kind: 'full', resultId, items };
    const answered = this.#reports.settle(uri, version, resultId, items);
    return answered === previousResultId ? { kind: 'unchanged', resultId: answered } : { kind: 'full', resultId: answered, items };
  }

  /**
   * The client's diagnostics as of `version`: those of a report answered 'unchanged' since they
   * were made are still right, and say so, so their fixes are offered (code actions take only
   * diagnostics of the page's current version).
   */
  asOfVersion(uri: string, version: number, diagnostics: Diagnostic[]): Diagnostic[] {
    return diagnostics.map((diagnostic) => {
      const data = diagnostic.source === DIAGNOSTIC_SOURCE ? readDiagnosticData(diagnostic.data) : undefined;
      if (!data || data.version === version || !this.#reports.current(uri, data.version, version)) return diagnostic;
      return { ...diagnostic, data: { ...(diagnostic.data as object), version } };
    });
  }

  /** Whether a page that is not open is reported unasked: only when its folder's scope is the workspace. */
  #reportsClosed(uri: string): boolean {
    const folder = this.#o.folders.route(uri);
    return folder.contains(uri) && folder.diagnosticsScope === 'workspace';
  }

  /** Every page's report; with `everyPage` false, closed pages of folders scoped to open files report none. */
  async #workspaceReports(previous: Map<string, string>, token?: CancellationToken, everyPage = false): Promise<WorkspaceDocumentDiagnosticReport[]> {
    await this.#o.folders.ready;
    const resultId = String(this.#generation);
    const reports: WorkspaceDocumentDiagnosticReport[] = [];
    for (const folder of this.#o.folders.folders()) {
      const pages = await guard(this.#o.log, 'Listing pages', token, [], () => this.#o.folders.pagesOf(folder));
      for (const uri of pages) {
        if (token?.isCancellationRequested) throw cancelled();
        const version = this.#o.documents.get(uri)?.version ?? null;
        const reported = everyPage || version !== null || folder.diagnosticsScope === 'workspace';
        if (previous.get(uri) === resultId) reports.push({ kind: 'unchanged', uri, version, resultId });
        else reports.push({ kind: 'full', uri, version, resultId, items: reported ? await this.compute(uri, token) : [] });
      }
    }
    return reports;
  }

  /** Every page of every folder, checked now (the Check Workspace command). Push clients also get them published. */
  async checkAll(token?: CancellationToken): Promise<{ uri: string; diagnostics: Diagnostic[] }[]> {
    const reports = await this.#workspaceReports(new Map(), token, true);
    const out = reports.map((r) => ({ uri: r.uri, diagnostics: r.kind === 'full' ? r.items : [] }));
    if (!this.#o.pull) for (const { uri, diagnostics } of out) this.#send(uri, this.#o.documents.get(uri)?.version, diagnostics);
    return out;
  }

  /** A page changed (edit, or the file on disk): it and the pages linking into it are checked again. */
  async pageChanged(uri: string, fromDisk: boolean): Promise<void> {
    this.#generation++;
    // Closed (or changed on disk while closed): the next report starts afresh.
    if (fromDisk) this.#reports.forget(uri);
    const folder = this.#o.folders.route(uri);
    const dependents = await guard(this.#o.log, 'Finding dependent pages', undefined, [], () => folder.features.getDependentPages(uri));
    const others = dependents.filter((d) => d !== uri);
    if (this.#o.pull) {
      if (others.length || fromDisk) this.#scheduleRefresh();
      return;
    }
    for (const page of new Set([uri, ...others])) this.schedulePush(page);
  }

  /** The configuration changed: every page is checked again. */
  async everythingChanged(): Promise<void> {
    this.#generation++;
    this.publishConfigProblems();
    if (this.#o.pull) this.#scheduleRefresh();
    else await this.pushAll();
  }

  schedulePush(uri: string): void {
    if (this.#o.pull || this.#closed) return;
    clearTimeout(this.#pushTimers.get(uri));
    this.#pushTimers.set(
      uri,
      setTimeout(() => {
        this.#pushTimers.delete(uri);
        void this.#push(uri);
      }, PUSH_DELAY_MS),
    );
  }

  async #push(uri: string): Promise<void> {
    const open = this.#o.documents.get(uri);
    const diagnostics = open || this.#reportsClosed(uri) ? await this.compute(uri) : [];
    if (open && this.#o.documents.get(uri)?.version !== open.version) return;
    this.#send(uri, open?.version, diagnostics);
  }

  /** Publishes, unless the server is shutting down; remembers closed pages left with problems. */
  #send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    if (this.#closed) return;
    if (version === undefined && diagnostics.length) this.#publishedClosed.add(uri);
    else this.#publishedClosed.delete(uri);
    this.#o.connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => this.#o.log.error(`Cannot publish diagnostics: ${String(error)}`));
  }

  /** Publishes every open page, every page of folders scoped to the workspace, and clears closed pages no longer in scope. */
  async pushAll(): Promise<void> {
    const uris = new Set([...this.#o.documents.keys(), ...this.#publishedClosed]);
    for (const folder of this.#o.folders.folders()) {
      if (folder.diagnosticsScope !== 'workspace') continue;
      for (const uri of await guard(this.#o.log, 'Listing pages', undefined, [], () => this.#o.folders.pagesOf(folder))) uris.add(uri);
    }
    await Promise.all([...uris].map((uri) => this.#push(uri)));
  }

  /** A closed or deleted page: push clients see its file's findings, or none. */
  pageGone(uri: string): void {
    if (this.#o.pull) return;
    this.schedulePush(uri);
  }

  /** Problems of `.role-docs.json` and ladder files, shown in those files; fixed files are cleared. */
  publishConfigProblems(): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const folder of this.#o.folders.all()) {
      for (const p of folder.loaded?.problems ?? []) {
        const list = byFile.get(p.file) ?? [];
        list.push({
          range: { start: { line: p.line, character: p.character }, end: { line: p.endLine, character: p.endCharacter } },
          severity: DiagnosticSeverity.Error,
          code: INVALID_CONFIG.id,
          source: 'role-docs',
          message: p.message,
        });
        byFile.set(p.file, list);
      }
    }
    for (const file of this.#configFiles) if (!byFile.has(file)) this.#send(file, undefined, []);
    for (const [file, diagnostics] of byFile) this.#send(file, undefined, diagnostics);
    this.#configFiles = new Set(byFile.keys());
  }

  #scheduleRefresh(): void {
    if (!this.#o.refreshSupport || this.#closed) return;
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => {
      this.#refreshTimer = undefined;
      if (this.#closed) return;
      this.#o.connection.languages.diagnostics.refresh().catch((error: unknown) => this.#o.log.error(`Diagnostic refresh failed: ${String(error)}`));
    }, REFRESH_DELAY_MS);
  }

  /** Stops pending checks at shutdown; checks still running send nothing. */
  dispose(): void {
    this.#closed = true;
    for (const timer of this.#pushTimers.values()) clearTimeout(timer);
    clearTimeout(this.#refreshTimer);
  }
}
