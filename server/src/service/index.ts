import type { RoleDocument } from './document/model';
import { slugProfiles } from './document/slug';
import { createSectionMatcher } from './document/sectionMatcher';
import { roleModelFor } from './roles/roleModel';
import type { DocumentOptions } from './document/buildRoleDocument';
import type { ParseLimits } from './parse/parseMarkdown';
import { ParseCache } from './parse/parseCache';
import { DocumentStore } from './documentStore';
import type { RoleDocsConfig } from './config/configTypes';
import { defaultConfig } from './config/defaultConfig';
import { checkDocument, type RuleFailure } from './check/checkDocument';
import { RolesElsewhere } from './check/rolesElsewhere';
import type { LinkedDocuments } from './check/ruleContext';
import { candidateFilesForLink } from './sitePaths';
import { relativeToRoots } from './uriPath';
import { detached } from './detached';
import { mayBeMissingHash } from './rules/fragmentShape';
import { gradeLinkTest } from './rules/gradeLink';
import type { RoleDocsService, RoleDocsServiceOptions } from './roleDocsService';

export type { Logger, RoleDocsService, RoleDocsServiceOptions } from './roleDocsService';

const MAX_CANDIDATE_KEYS = 20_000;

/** How pages are parsed under a config: its slug profile and section words. */
export function documentOptions(config: RoleDocsConfig, parseLimits?: ParseLimits, parseCache = new ParseCache()): DocumentOptions {
  return {
    slugProfile: slugProfiles[config.slugProfile],
    matchSection: createSectionMatcher(config.ladder.sectionVocabulary),
    roleModel: roleModelFor(config.ladder),
    isGradeLink: gradeLinkTest(config.ladder.gradeLinks),
    parseLimits,
    parseCache,
  };
}

/** The Role Docs engine: no LSP connection and no file system, only the workspace it is given. */
export function createRoleDocsService(options: RoleDocsServiceOptions): RoleDocsService {
  const { workspace } = options;
  let config = options.config ?? defaultConfig();
  const parseCache = new ParseCache(options.treeCacheChars);
  const store = new DocumentStore(workspace, documentOptions(config, options.parseLimits, parseCache), options.filesWatched);
  const logger = options.logger;
  const displayPath = (uri: string): string => relativeToRoots(uri, workspace.roots);

  /**
   * Candidate files per link path: an edit re-checks the same links, and a large page has thousands.
   * Site paths resolve the same from every page (scope ''); relative ones from their page (scope: its URI).
   */
  const candidates = new Map<string, Map<string, string[]>>();
  let candidateCount = 0;

  function candidatesOf(link: RoleDocument['links'][number], fromUri: string): string[] {
    if (candidateCount >= MAX_CANDIDATE_KEYS) {
      candidates.clear();
      candidateCount = 0;
    }
    const scope = link.kind === 'relative' ? fromUri : '';
    let byPath = candidates.get(scope);
    if (!byPath) candidates.set(detached(scope), (byPath = new Map()));
    const path = link.path ?? '';
    let found = byPath.get(path);
    if (!found) {
      found = candidateFilesForLink(link, fromUri, workspace.roots, config.sitePaths);
      // Detached: a link's path is a view into its page's text, which the memo must not keep alive.
      byPath.set(detached(path), found);
      candidateCount++;
    }
    return found;
  }

  type LinkTarget = { document: RoleDocument; displayPath: string } | undefined;

  /**
   * The page each link with a fragment (or a bare slug that may be a fragment without its `#`) points into. Links are resolved with what the store already
   * knows, synchronously: a large page has thousands of candidate files to look up on every keystroke.
   * Candidates it must read first are read at once, then the links waiting on them resolved again.
   */
  async function resolveLinks(document: RoleDocument): Promise<LinkedDocuments> {
    // One entry per file, shared by every link into it: a large page links into the same few pages thousands of times.
    const targets = new Map<string, LinkTarget>([[document.uri, { document, displayPath: displayPath(document.uri) }]]);
    for (;;) {
      const unread = new Set<string>();
      const linked = resolveKnownLinks(document, targets, unread);
      if (!unread.size) return linked;
      // Read together: a link typed anew has a dozen candidate files, most of them missing.
      await Promise.all(
        [...unread].map(async (uri) => {
          const loaded = await store.load(uri);
          targets.set(uri, loaded && { document: loaded, displayPath: displayPath(uri) });
        }),
      );
    }
  }

  /** Links resolved through `targets` and what the store knows; candidates it does not know go to `unread`. */
  function resolveKnownLinks(document: RoleDocument, targets: Map<string, LinkTarget>, unread: Set<string>): LinkedDocuments {
    const byLinkOffset: LinkedDocuments['byLinkOffset'] = new Map();
    for (const link of document.links) {
      if ((link.kind !== 'site-path' && link.kind !== 'relative') || !(link.fragment || mayBeMissingHash(link))) continue;
      const candidates = candidatesOf(link, document.uri);
      for (let i = 0; i < candidates.length; i++) {
        const candidate = candidates[i];
        let target = targets.get(candidate);
        if (!target && !targets.has(candidate)) {
          const known = store.known(candidate);
          if (!known) {
            unread.add(candidate);
            break;
          }
          target = known.document && { document: known.document, displayPath: displayPath(candidate) };
          targets.set(candidate, target);
        }
        if (target) {
          byLinkOffset.set(link.startOffset, target);
          break;
        }
      }
    }
    return { byLinkOffset };
  }

  const rolesElsewhere = new RolesElsewhere(workspace, store);

  const onRuleFailure = ({ rule, error }: RuleFailure): void => {
    logger?.log(`Rule ${rule.id} (${rule.alias}) failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  };

  return {
    workspace,
    store,
    parseCache,
    get config() {
      return config;
    },
    setConfig(next) {
      config = next;
      candidates.clear();
      candidateCount = 0;
      store.setOptions(documentOptions(next, options.parseLimits, parseCache));
    },
    getDocument: (uri, text, version) => store.get(uri, text, version),
    async check(document) {
      const linked = await resolveLinks(document);
      linked.rolesElsewhere = await rolesElsewhere.find(document, config, displayPath(document.uri), linked);
      return checkDocument(document, config, displayPath(document.uri), linked, onRuleFailure);
    },
    displayPath,
  };
}

// The service's public API for code outside it (the servers, the CLI, bench, scripts): import from
// here, never a deep path. The package declares no side effects, so a bundle keeps only what it uses.
export type { Position, Range, ResolvedFinding, Severity } from './types';
export type { Workspace } from './workspace';
export type { RoleDocument } from './document/model';
export { CONFIG_FILE_NAME, type RoleDocsConfig } from './config/configTypes';
export { defaultConfig } from './config/defaultConfig';
export { parseConfigText } from './config/parseConfig';
export { closestName } from './config/didYouMean';
export type { ConfigProblem } from './ladder/types';
export { parseLadderText } from './ladder/loadLadder';
export { loadLadderFile } from './ladder/ladderChain';
export { ladderProblemsInWords } from './ladder/ladderProblemsInWords';
export { formatLadderTable } from './ladder/ladderTable';
export { isSlugProfileName, slugProfiles } from './document/slug';
export { deterministicParseLimits, type ParseLimits } from './parse/parseMarkdown';
export { LineIndex } from './text/lineIndex';
export { FILE_VERSION } from './documentStore';
export { applySafeFixes } from './fixes/applySafeFixes';
export { unifiedDiff } from './fixes/unifiedDiff';
export { rules } from './rules';
export type { RuleInfo } from './rules/ruleTypes';
export { INVALID_CONFIG, systemRules, unreadableFileFinding } from './systemFindings';
export { describePageRoles, type PageRoles, type RoleSummary } from './roles/pageRoles';
export { dirnameUri, isInside, joinUri, relativeToRoots } from './uriPath';
export { WorkspaceIndex } from './workspaceIndex/workspaceIndex';
export { effectiveRole, type EffectiveEntry, type EffectiveRole, type RolePlace } from './effective/effectiveRole';
export { formatEffectiveRole } from './effective/formatEffectiveRole';
export { workspaceRoleSources } from './effective/workspaceSources';
export { buildHandbookReport, type HandbookReport, type PageReport, type ReportGroupInput, type SeverityCounts } from './report/handbookReport';
export { describePageFacts, type PageFacts } from './report/pageFacts';
export type { CoverageMatrix, FamilyRow, MatrixCell, MissingLevel } from './report/coverageMatrix';
export type { BrokenExtends, RolePlace as ChainPlace } from './report/extendsChains';
export { candidateFilesForLink } from './sitePaths';
export { buildLadderTree } from './ladderTree/buildLadderTree';
export { createLanguageFeatures, type FeatureOptions } from './features';
export { FIX_ALL_KIND, RenameRefusedError, type LanguageFeatures } from './features/languageFeatures';
export { DIAGNOSTIC_SOURCE, readDiagnosticData } from './features/diagnosticData';
