import type { ResolvedFinding } from './types';
import type { RoleDocument } from './document/model';
import type { ParseLimits } from './parse/parseMarkdown';
import type { ParseCache } from './parse/parseCache';
import type { DocumentStore } from './documentStore';
import type { Workspace } from './workspace';
import type { RoleDocsConfig } from './config/configTypes';

export interface Logger {
  log(message: string): void;
}

export interface RoleDocsServiceOptions {
  workspace: Workspace;
  config?: RoleDocsConfig;
  logger?: Logger;
  /** Parse caps; the editor keeps the default time budget, the CLI turns it off. */
  parseLimits?: ParseLimits;
  /** Characters of unit source whose parsed trees the service keeps for reuse (2,000,000 by default). */
  treeCacheChars?: number;
  /** Whether every file change is reported to the store (`invalidate`), so closed files need not be read again. */
  filesWatched?: () => boolean;
}

export interface RoleDocsService {
  readonly workspace: Workspace;
  readonly store: DocumentStore;
  /** The trees of parsed units this service keeps, and how its pages were parsed. */
  readonly parseCache: ParseCache;
  readonly config: RoleDocsConfig;
  setConfig(config: RoleDocsConfig): void;
  /** Model of an open document at this version. */
  getDocument(uri: string, text: string, version: number): RoleDocument;
  /** Findings for one page; loads the pages its links point into. */
  check(document: RoleDocument): Promise<ResolvedFinding[]>;
  displayPath(uri: string): string;
}
