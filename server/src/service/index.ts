import type { ResolvedFinding } from './types';
import type { RoleDocument } from './document/model';
import { slugProfiles } from './document/slug';
import { createSectionMatcher } from './document/sectionMatcher';
import type { DocumentOptions } from './document/buildRoleDocument';
import type { ParseLimits } from './document/parseMarkdown';
import { DocumentStore } from './documentStore';
import type { Workspace } from './workspace';
import type { RoleDocsConfig } from './config/configTypes';
import { defaultConfig } from './config/defaultConfig';
import { checkDocument, type RuleFailure } from './check/checkDocument';
import type { LinkedDocuments } from './check/ruleContext';
import { candidateFilesForLink } from './sitePaths';
import { relativeToRoots } from './uriPath';
import { detached } from './index/pageSummary';

const MAX_CANDIDATE_KEYS = 20_000;

export interface Logger {
  log(message: string): void;
}

export interface RoleDocsServiceOptions {
  workspace: Workspace;
  config?: RoleDocsConfig;
  logger?: Logger;
  /** Parse caps; the editor keeps the default time budget, the CLI turns it off. */
  parseLimits?: ParseLimits;
  /** Whether every file change is reported to the store (`invalidate`), so closed files need not be read again. */
  filesWatched?: () => boolean;
}

export interface RoleDocsService {
  readonly workspace: Workspace;
  readonly store: DocumentStore;
  readonly config: RoleDocsConfig;
  setConfig(config: RoleDocsConfig): void;
  /** Model of an open document at this version. */
  getDocument(uri: string, text: string, version: number): RoleDocument;
  /** Findings for one page; loads the pages its links point into. */
  check(document: RoleDocument): Promise<ResolvedFinding[]>;
  displayPath(uri: string): string;
}

/** How pages are parsed under a config: its slug profile and section words. */
export function documentOptions(config: RoleDocsConfig, parseLimits?: ParseLimits): DocumentOptions {
  return { slugProfile: slugProfiles[config.slugProfile], matchSection: createSectionMatcher(config.ladder.sectionVocabulary), parseLimits };
}

/** The Role Docs engine: no LSP connection and no file system, only the workspace it is given. */
export function createRoleDocsService(options: RoleDocsServiceOptions): RoleDocsService {
  const { workspace } = options;
  let config = options.config ?? defaultConfig();
  const store = new DocumentStore(workspace, documentOptions(config, options.parseLimits), options.filesWatched);
  const logger = options.logger;
  const displayPath = (uri: string): string => relativeToRoots(uri, workspace.roots);

  /** Candidate files per link path: an edit re-checks the same links, and a large page has thousands. */
  const candidates = new Map<string, string[]>();
  function candidatesOf(link: RoleDocument['links'][number], fromUri: string): string[] {
    // Site paths resolve the same from every page; relative ones from their page's folder.
    const key = `${link.kind === 'relative' ? fromUri : ''}\n${link.path ?? ''}`;
    let found = candidates.get(key);
    if (!found) {
      if (candidates.size >= MAX_CANDIDATE_KEYS) candidates.clear();
      found = candidateFilesForLink(link, fromUri, workspace.roots, config.sitePaths);
      // Detached: a link's path is a view into its page's text, which the memo must not keep alive.
      candidates.set(detached(key), found);
    }
    return found;
  }

  async function resolveLinks(document: RoleDocument): Promise<LinkedDocuments> {
    const byLinkOffset: LinkedDocuments['byLinkOffset'] = new Map();
    const loaded = new Map<string, RoleDocument | undefined>();
    for (const link of document.links) {
      if ((link.kind !== 'site-path' && link.kind !== 'relative') || !link.fragment) continue;
      for (const candidate of candidatesOf(link, document.uri)) {
        if (!loaded.has(candidate)) {
          loaded.set(candidate, candidate === document.uri ? document : await store.load(candidate));
        }
        const target = loaded.get(candidate);
        if (target) {
          byLinkOffset.set(link.startOffset, { document: target, displayPath: displayPath(candidate) });
          break;
        }
      }
    }
    return { byLinkOffset };
  }

  const onRuleFailure = ({ rule, error }: RuleFailure): void => {
    logger?.log(`Rule ${rule.id} (${rule.alias}) failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  };

  return {
    workspace,
    store,
    get config() {
      return config;
    },
    setConfig(next) {
      config = next;
      candidates.clear();
      store.setOptions(documentOptions(next, options.parseLimits));
    },
    getDocument: (uri, text, version) => store.get(uri, text, version),
    async check(document) {
      const linked = await resolveLinks(document);
      return checkDocument(document, config, displayPath(document.uri), linked, onRuleFailure);
    },
    displayPath,
  };
}
