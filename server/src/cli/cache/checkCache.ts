import { existsSync, promises as fs, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageFacts, ResolvedFinding } from '../../service';
import { writeFileAtomic } from '../../node/writeFileAtomic';
import { hashText } from './hashText';
import type { ConfigInputs, PageResult } from '../pageResult';

/** One page's findings and the texts they were computed from. */
interface CacheEntry {
  hash: string;
  /** Every file the check read (link targets, tried candidates): uri → hash, or null when absent. */
  deps: [string, string | null][];
  findings: ResolvedFinding[];
  /** The handbook report's facts, kept once a report run has read them. */
  facts?: PageFacts;
}

/** As written: each dependency's URI once, in `paths`, and pages pointing into it (most are link candidates that do not exist). */
interface StoredEntry {
  hash: string;
  deps: [number, string | null][];
  findings: ResolvedFinding[];
  facts?: PageFacts;
}

interface CacheFile {
  /** The build of the tool that wrote it. */
  tool: string;
  /** The command-line settings that shape findings (roots, --ladder, --slug-profile). */
  settings: string;
  /** The configuration files as they were read. */
  config: ConfigInputs;
  paths: string[];
  pages: Record<string, StoredEntry>;
}

/** A file's hash as it is now, or null when it cannot be read. */
export type HashOf = (key: string) => string | null;

/** `node_modules/.cache/role-docs` in the nearest folder above `cwd` that has node_modules; none, no cache. */
export function cacheDirectory(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const modules = join(dir, 'node_modules');
    if (existsSync(modules) && statSync(modules).isDirectory()) return join(modules, '.cache', 'role-docs');
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Findings by page content, on disk between runs. Invalidated whole when the tool, the settings or
 * a configuration file changed; per page when the page or any file its check read changed. Reading
 * it needs no parser, so a run with nothing to re-check never loads the engine.
 */
export class CheckCache {
  readonly #file: string;
  readonly #tool: string;
  readonly #settings: string;
  /** The previous run's file, or none when anything that shapes every finding changed. */
  readonly #old: CacheFile | undefined;
  /** Pages answered from the old file, and pages checked afresh. */
  readonly #kept = new Set<string>();
  readonly #fresh: Record<string, CacheEntry> = {};
  #config: ConfigInputs | undefined;
  #changed = false;

  private constructor(file: string, tool: string, settings: string, old: CacheFile | undefined) {
    this.#file = file;
    this.#tool = tool;
    this.#settings = settings;
    this.#old = old;
    this.#config = old?.config;
  }

  /** Opens the cache for one scope (the run's root); `hashOfPath` hashes a configuration file as it is now. */
  static async open(dir: string, scope: string, tool: string, settings: string, hashOfPath: HashOf): Promise<CheckCache> {
    const file = join(dir, `${hashText(scope).slice(0, 16)}.json`);
    let old: CacheFile | undefined;
    try {
      const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as CacheFile;
      if (parsed.tool === tool && parsed.settings === settings && isCacheShape(parsed) && unchanged(parsed.config.files, hashOfPath)) old = parsed;
    } catch {
      // Missing or damaged: start empty.
    }
    return new CheckCache(file, tool, settings, old);
  }

  /** Whether the configuration was read and found sound by an earlier run, and has not changed since. */
  get configKnown(): boolean {
    return this.#old !== undefined;
  }

  /** Whether the previous run left findings for this page (current or not). */
  holds(uri: string): boolean {
    return this.#old !== undefined && Object.hasOwn(this.#old.pages, uri);
  }

  /** The page's cached findings (and facts) if neither it nor anything its check read has changed; `needFacts` misses an entry without facts. */
  lookup(uri: string, hash: string, hashOf: HashOf, needFacts = false): { findings: ResolvedFinding[]; facts?: PageFacts } | undefined {
    const old = this.#old;
    const entry = old && Object.hasOwn(old.pages, uri) ? old.pages[uri] : undefined;
    if (!entry || entry.hash !== hash || (needFacts && !entry.facts) || !entry.deps.every(([index, depHash]) => hashOf(old!.paths[index] ?? '') === depHash)) return undefined;
    this.#kept.add(uri);
    return entry;
  }

  /** Records a freshly checked page (pages whose findings cannot be cached are skipped). */
  store(result: PageResult): void {
    if (result.hash === null || !result.deps) return;
    this.#fresh[result.uri] = { hash: result.hash, deps: result.deps, findings: result.findings, facts: result.facts };
    this.#changed = true;
  }

  setConfig(config: ConfigInputs): void {
    if (JSON.stringify(config) !== JSON.stringify(this.#config)) this.#changed = true;
    this.#config = config;
  }

  /** Writes this run's pages (entries for pages not checked this run are dropped). */
  async save(): Promise<void> {
    const old = this.#old;
    if (!this.#config) return;
    if (!this.#changed && old && this.#kept.size === Object.keys(old.pages).length) return;
    const paths = new Map<string, number>();
    const indexOf = (dep: string): number => {
      let index = paths.get(dep);
      if (index === undefined) paths.set(dep, (index = paths.size));
      return index;
    };
    const pages: Record<string, StoredEntry> = {};
    for (const uri of this.#kept) {
      const entry = old!.pages[uri];
      pages[uri] = { ...entry, deps: entry.deps.map(([index, hash]) => [indexOf(old!.paths[index] ?? ''), hash]) };
    }
    for (const [uri, entry] of Object.entries(this.#fresh)) pages[uri] = { ...entry, deps: entry.deps.map(([dep, hash]) => [indexOf(dep), hash]) };
    await fs.mkdir(dirname(this.#file), { recursive: true });
    const contents: CacheFile = { tool: this.#tool, settings: this.#settings, config: this.#config, paths: [...paths.keys()], pages };
    await writeFileAtomic(this.#file, JSON.stringify(contents));
  }
}

function isCacheShape(file: CacheFile): boolean {
  return Boolean(file.pages && typeof file.pages === 'object' && Array.isArray(file.paths) && Array.isArray(file.config?.files));
}

function unchanged(files: [string, string | null][], hashOf: HashOf): boolean {
  return files.every(([key, hash]) => hashOf(key) === hash);
}
