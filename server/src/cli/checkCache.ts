import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ResolvedFinding } from '../service/types';
import type { RoleDocsConfig } from '../service/config/configTypes';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { toolVersion } from './version';

/** One page's findings and the texts they were computed from. */
interface CacheEntry {
  hash: string;
  /** Every file the check read (link targets, tried candidates): uri → hash, or null when absent. */
  deps: [string, string | null][];
  findings: ResolvedFinding[];
}

interface CacheFile {
  key: string;
  pages: Record<string, CacheEntry>;
}

export const hashText = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** `node_modules/.cache/role-docs` in the nearest folder above `cwd` that has node_modules; none, no cache. */
export function cacheDirectory(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const modules = join(dir, 'node_modules');
    if (existsSync(modules) && statSync(modules).isDirectory()) return join(modules, '.cache', 'role-docs');
    if (dirname(dir) === dir) return undefined;
  }
}

/** This build of the tool: its version plus a hash of the running bundle, so a rebuilt rule never reads old findings. */
function buildFingerprint(): string {
  const self = typeof __filename === 'string' ? __filename : undefined;
  let bundle = 'source';
  try {
    if (self) bundle = hashText(readFileSync(self, 'latin1'));
  } catch {
    // An unreadable bundle still has a version; the key just changes less often.
  }
  return `${toolVersion()}:${bundle}`;
}

/** Everything besides the pages that findings depend on: the tool, the config (ladder included) and the roots. */
export function cacheKey(config: RoleDocsConfig, roots: readonly string[]): string {
  const json = JSON.stringify({ tool: buildFingerprint(), config, roots }, (_k, v: unknown) =>
    v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v instanceof RegExp ? v.source : v,
  );
  return hashText(json);
}

/** Findings by page content, on disk between runs. Invalidated whole by the key, per page by its and its links' hashes. */
export class CheckCache {
  readonly #file: string;
  readonly #key: string;
  readonly #old: Record<string, CacheEntry>;
  readonly #next: Record<string, CacheEntry> = {};
  #changed = false;

  private constructor(file: string, key: string, old: Record<string, CacheEntry>) {
    this.#file = file;
    this.#key = key;
    this.#old = old;
  }

  static async open(dir: string, key: string, scope: string): Promise<CheckCache> {
    const file = join(dir, `${hashText(scope).slice(0, 16)}.json`);
    let old: Record<string, CacheEntry> = {};
    try {
      const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as CacheFile;
      if (parsed.key === key && parsed.pages && typeof parsed.pages === 'object') old = parsed.pages;
    } catch {
      // Missing or damaged: start empty.
    }
    return new CheckCache(file, key, old);
  }

  /** The page's cached findings if neither it nor anything its check read has changed. */
  async lookup(uri: string, hash: string, currentHash: (uri: string) => Promise<string | null>): Promise<ResolvedFinding[] | undefined> {
    const entry = this.#old[uri];
    if (!entry || entry.hash !== hash) return undefined;
    for (const [dep, depHash] of entry.deps) if ((await currentHash(dep)) !== depHash) return undefined;
    this.#next[uri] = entry;
    return entry.findings;
  }

  store(uri: string, hash: string, deps: [string, string | null][], findings: ResolvedFinding[]): void {
    this.#next[uri] = { hash, deps, findings };
    this.#changed = true;
  }

  /** Writes this run's pages (entries for pages not checked this run are dropped). */
  async save(): Promise<void> {
    if (!this.#changed && Object.keys(this.#next).length === Object.keys(this.#old).length) return;
    await fs.mkdir(dirname(this.#file), { recursive: true });
    await writeFileAtomic(this.#file, JSON.stringify({ key: this.#key, pages: this.#next } satisfies CacheFile));
  }
}
