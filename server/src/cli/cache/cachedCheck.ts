import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFacts, ResolvedFinding } from '../../service';
import type { NodeWorkspace } from '../../node/nodeWorkspace';
import { CheckCache } from './checkCache';
import type { CheckRequest } from '../checkRequest';
import { hashBytes } from './hashText';
import { loadEngine } from '../loadEngine';
import { hashOfPath, PageHashes } from './pageHashes';
import type { ScannedFolders } from '../files/selectFiles';
import { toolVersion } from '../version';

export interface CachedCheckOptions {
  /** Where the findings cache lives; undefined checks every page afresh and writes nothing. */
  cacheDir?: string;
  /** The selection's walk, which proves most link candidates absent without a read. */
  scanned?: ScannedFolders;
  log: (text: string) => void;
  onProgress?: (done: number) => void;
  /** Given, each page's report facts are read (from the cache or the check) into it, by URI. */
  facts?: Map<string, PageFacts>;
}

/**
 * Checks the pages, answering from the findings cache where nothing a page's findings depend on has
 * changed. Only the pages left over reach the engine; when none are, the engine is never loaded.
 */
export async function cachedCheck(request: CheckRequest, files: string[], workspace: NodeWorkspace, options: CachedCheckOptions): Promise<ResolvedFinding[]> {
  const pages = new PageHashes(workspace, options.scanned);
  const settings = JSON.stringify({ roots: request.roots, config: request.config ?? null, ladder: request.ladder ? join(request.cwd, request.ladder) : null, slugProfile: request.slugProfile ?? null });
  const cache = options.cacheDir ? await CheckCache.open(options.cacheDir, request.root, toolFingerprint(), settings, hashOfPath) : undefined;
  const found = new Map<string, ResolvedFinding[]>();
  const misses: { uri: string; size: number }[] = [];
  for (const uri of files) {
    // A page the cache has no entry for is not even read here: its check reads it.
    const read = cache?.holds(uri) ? pages.read(uri) : undefined;
    const hit = read ? cache!.lookup(uri, read.hash, pages.hashOf, options.facts !== undefined) : undefined;
    if (hit) {
      found.set(uri, hit.findings);
      if (hit.facts) options.facts?.set(uri, hit.facts);
    }
    else misses.push({ uri, size: read?.size ?? pages.size(uri) });
  }
  // Largest first, so no thread is left with one big page while the others have finished.
  misses.sort((a, b) => b.size - a.size);
  const missBytes = misses.reduce((n, m) => n + m.size, 0);
  options.onProgress?.(found.size);
  // A configuration the cache holds was sound when it was read (a broken one stops the run before it is cached).
  if (misses.length || !cache?.configKnown) {
    const engine = await loadEngine();
    const hits = found.size;
    const { inputs, results } = await engine.checkPages({ ...request, reportFacts: options.facts !== undefined }, misses.map((m) => m.uri), { bytes: missBytes, log: options.log, onProgress: (done) => options.onProgress?.(hits + done) });
    cache?.setConfig(inputs);
    for (const result of results) {
      found.set(result.uri, result.findings);
      if (result.facts) options.facts?.set(result.uri, result.facts);
      cache?.store(result);
    }
  }
  await cache?.save().catch((error: Error) => options.log(`role-docs: cannot write the findings cache: ${error.message}`));
  return files.flatMap((uri) => found.get(uri) ?? []);
}

/** This build of the tool: its version and a hash of the engine bundle, so a rebuilt rule never reads old findings. */
function toolFingerprint(): string {
  let engine = 'source';
  try {
    if (typeof __dirname === 'string') engine = hashBytes(readFileSync(join(__dirname, 'cliEngine.js')));
  } catch {
    // Run from sources: the version alone keys the cache.
  }
  return `${toolVersion()}:${engine}`;
}
