// Live heap of the workspace index, per page, over copies of the shared corpus fed from memory.
// Deterministic (heap bytes after a forced GC, not RSS or time), so a change to the page summaries
// shows up here long before `bench/server.mjs --only 10k` (minutes, and RSS) would show it.
//   node --import tsx --expose-gc bench/indexMemory.ts [--copies 1,26] [--block-cache CHARS] [--corpus DIR]
// The heap total and RSS columns are this process's (tsx included), after a forced GC: a hint of
// how far the scan's garbage grew the heap, not the server's figures.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoleDocsService, type Workspace, WorkspaceIndex } from '../server/src/service/index';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const corpus = resolve(project, option('--corpus', '../shared/corpus/gitlab'));
const copyCounts = option('--copies', '1,26').split(',').map(Number);
const blockCacheChars = option('--block-cache', '');
const ROOT = 'file:///ws';

if (!existsSync(corpus)) {
  console.log(`bench:indexMemory skipped: no corpus at ${corpus}`);
  process.exit(0);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with --expose-gc: node --import tsx --expose-gc bench/indexMemory.ts');
  process.exit(1);
}

function listPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listPages(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

// Every markdown file, SOURCES.md included, as the server indexes them: 26 copies are 10,244 pages.
const pages = listPages(corpus).map((f) => ({ path: relative(corpus, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

/**
 * `copies` copies of the corpus under copyNN/ folders, every copy's text the one string read from
 * disk, so the heap grows by what the index keeps and not by page text. Listed in the order the
 * server finds them on disk, copy after copy.
 */
class CopiesWorkspace implements Workspace {
  readonly roots = [ROOT];
  readonly #texts = new Map<string, string>();
  readonly #uris: string[] = [];
  constructor(copies: number) {
    for (let c = 0; c < copies; c++) {
      for (const { path, text } of pages) {
        const uri = `${ROOT}/copy${String(c).padStart(2, '0')}/${path}`;
        this.#uris.push(uri);
        this.#texts.set(uri, text);
      }
    }
  }
  async findMarkdownFiles(): Promise<string[]> {
    return [...this.#uris];
  }
  async readText(uri: string): Promise<string | undefined> {
    return this.#texts.get(uri);
  }
}

function heap(): { used: number; external: number; total: number; rss: number } {
  for (let i = 0; i < 3; i++) gc!();
  const m = process.memoryUsage();
  return { used: m.heapUsed, external: m.arrayBuffers, total: m.heapTotal, rss: m.rss };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const rows: Record<string, string | number>[] = [];
for (const copies of copyCounts) {
  const workspace = new CopiesWorkspace(copies);
  const service = createRoleDocsService({ workspace, treeCacheChars: blockCacheChars ? Number(blockCacheChars) : undefined });
  let index: WorkspaceIndex | undefined = new WorkspaceIndex(service);
  const before = heap();
  const started = performance.now();
  const roles = (await index.allRoles()).length;
  const seconds = (performance.now() - started) / 1000;
  const withCache = heap();
  service.parseCache.trees.clear();
  const after = heap();
  const count = copies * pages.length;
  const summaries = after.used - before.used + (after.external - before.external);
  rows.push({
    pages: count,
    roles,
    'scan s': Number(seconds.toFixed(1)),
    'index heap': mb(summaries),
    'per page': kb(summaries / count),
    'of which array buffers': mb(after.external - before.external),
    'block tree cache': mb(withCache.used - after.used),
    // The process as a whole once indexed (block tree cache still full): what the scan's garbage left.
    'heap total': mb(withCache.total),
    rss: mb(withCache.rss),
    'rss peak': mb(process.resourceUsage().maxRSS * 1024),
  });
  index = undefined;
}
console.table(rows);
