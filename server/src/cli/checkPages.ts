import type { RoleDocsService } from '../service';
import type { ResolvedFinding } from '../service/types';
import { unreadableFileFinding } from '../service/systemFindings';
import { hashText, type CheckCache } from './checkCache';
import type { RunWorkspace } from './runWorkspace';
import { blockTrees } from '../service/document/parseMarkdown';

/** Checks one page for the CLI: from the cache when nothing it depends on changed, else with the service. */
export function createPageChecker(service: RoleDocsService, workspace: RunWorkspace, cache: CheckCache | undefined) {
  // A run parses each page once, so block trees are rarely reused: keep few, and the heap small.
  blockTrees.maxChars = Math.min(blockTrees.maxChars, 256_000);
  const hashes = new Map<string, Promise<string | null>>();
  const hashOf = (uri: string): Promise<string | null> => {
    let hash = hashes.get(uri);
    if (!hash) {
      hash = workspace.readFile(uri).then((read) => ('text' in read ? hashText(read.text) : null));
      hashes.set(uri, hash);
    }
    return hash;
  };

  return async function checkPage(uri: string): Promise<ResolvedFinding[]> {
    const read = await workspace.readFile(uri);
    if ('problem' in read) return [unreadableFileFinding(uri, read.problem)];
    if (!cache) return service.check(service.getDocument(uri, read.text, -1));
    const hash = (await hashOf(uri))!;
    const cached = await cache.lookup(uri, hash, hashOf);
    if (cached) return cached;
    const { result, reads } = await workspace.recording(() => service.check(service.getDocument(uri, read.text, -1)));
    if (!reads.listed) {
      const deps: [string, string | null][] = [];
      for (const [dep, text] of reads.files) if (dep !== uri) deps.push([dep, text === undefined ? null : await hashOf(dep)]);
      cache.store(uri, hash, deps, result);
    }
    return result;
  };
}
