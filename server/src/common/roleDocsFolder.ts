import { minimatch } from 'minimatch';
import { createRoleDocsService, type FeatureOptions, isInside, type LanguageFeatures, type Logger, relativeToRoots, type RoleDocsService, type RoleDocument, type Workspace, type WorkspaceIndex } from '../service';
import { createFolderFeatures } from './folderFeatures';
import { loadFolderConfig, type ClientSettings, type DiagnosticsScope, type FolderConfig } from './folderConfig';

export interface OpenPage {
  uri: string;
  text: string;
  version: number;
}

/**
 * One workspace folder (or, with no uri, the pages outside every folder): its configuration and
 * the service, index and features built for it. A new configuration builds them afresh.
 */
export class RoleDocsFolder {
  readonly uri: string | undefined;
  readonly workspace: Workspace;
  readonly #logger: Logger;
  readonly #filesWatched: () => boolean;
  readonly #featureOptions: FeatureOptions;
  service: RoleDocsService;
  features: LanguageFeatures;
  index: WorkspaceIndex;
  loaded: FolderConfig | undefined;

  constructor(uri: string | undefined, workspace: Workspace, logger: Logger, filesWatched: () => boolean = () => false, featureOptions: FeatureOptions = {}) {
    this.uri = uri;
    this.workspace = workspace;
    this.#logger = logger;
    this.#filesWatched = filesWatched;
    this.#featureOptions = featureOptions;
    this.service = createRoleDocsService({ workspace, logger, filesWatched });
    ({ features: this.features, index: this.index } = createFolderFeatures(this.service, featureOptions));
  }

  /** `roleDocs.diagnostics.scope`: whether closed pages are reported without being asked for. */
  get diagnosticsScope(): DiagnosticsScope {
    return this.loaded?.diagnosticsScope ?? 'openFiles';
  }

  contains(uri: string): boolean {
    return this.uri !== undefined && isInside(uri, this.uri);
  }

  /** Reads the configuration again and rebuilds the engine over the pages now open. */
  async configure(settings: ClientSettings, openPages: () => OpenPage[]): Promise<void> {
    const loaded = await loadFolderConfig(this.uri, settings, (uri) => this.workspace.readText(uri));
    for (const message of loaded.settingsProblems) this.#logger.log(message);
    this.loaded = loaded;
    this.service = createRoleDocsService({ workspace: this.workspace, config: loaded.config, logger: this.#logger, filesWatched: this.#filesWatched });
    ({ features: this.features, index: this.index } = createFolderFeatures(this.service, this.#featureOptions));
    for (const page of openPages()) this.open(page);
  }

  /** An editor opened or changed a page: the store and the index follow its text. */
  open(page: OpenPage): RoleDocument {
    this.service.store.setOpen(page.uri, page.text, page.version);
    const document = this.service.getDocument(page.uri, page.text, page.version);
    this.index.changed(document);
    return document;
  }

  /** The editor let go of a page: from now on the file on disk counts. */
  async close(uri: string): Promise<void> {
    this.service.store.close(uri);
    await this.index.fileChanged(uri);
  }

  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    this.service.store.invalidate(uri);
    if (deleted) this.index.remove(uri);
    else await this.index.fileChanged(uri);
  }

  /** Whether `include`/`exclude` let this page be checked; globs are relative to the folder. */
  isChecked(uri: string): boolean {
    const { include, exclude } = this.service.config;
    if (!include.length && !exclude.length) return true;
    const path = decodeURIComponent(this.uri ? relativeToRoots(uri, [this.uri]) : uri.slice(uri.lastIndexOf('/') + 1));
    const matches = (glob: string) => minimatch(path, glob, { dot: true, matchBase: !glob.includes('/') });
    return (!include.length || include.some(matches)) && !exclude.some(matches);
  }

  /** Every markdown file of the folder that is checked. */
  async pages(): Promise<string[]> {
    if (!this.uri) return [];
    const files = await this.workspace.findMarkdownFiles();
    return files.filter((uri) => this.isChecked(uri)).sort();
  }
}
