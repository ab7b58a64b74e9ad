import { candidateFilesForLink, describePageFacts, type RoleDocsService, unreadableFileFinding } from '../../service';
import { hashText } from '../cache/hashText';
import type { PageResult } from '../pageResult';
import type { RunWorkspace } from '../files/runWorkspace';

/** Pages whose models stay loaded as link targets; beyond this the least recently used is dropped. */
const KEPT_TARGETS = 256;

/**
 * Checks pages one at a time for the CLI, recording what each check read so its findings can be
 * cached. A run's memory stays flat however many pages it checks: a checked page's model is
 * dropped at once, and link targets are kept only while recently used.
 */
export function createPageChecker(service: RoleDocsService, workspace: RunWorkspace, withFacts = false): (uri: string) => Promise<PageResult> {
  const hashes = new Map<string, string>();
  const hashOf = (uri: string, text: string): string => {
    let hash = hashes.get(uri);
    if (hash === undefined) hashes.set(uri, (hash = hashText(text)));
    return hash;
  };
  const forget = (uri: string): void => {
    service.store.invalidate(uri);
    workspace.forget(uri);
  };
  const targets = new Set<string>();
  const keepTarget = (uri: string): void => {
    targets.delete(uri);
    targets.add(uri);
    if (targets.size <= KEPT_TARGETS) return;
    const oldest = targets.values().next().value as string;
    targets.delete(oldest);
    forget(oldest);
  };

  return async function checkPage(uri: string): Promise<PageResult> {
    const read = await workspace.readFile(uri);
    if ('problem' in read) return { uri, hash: null, findings: [unreadableFileFinding(uri, read.problem)] };
    const document = service.getDocument(uri, read.text, -1);
    const { result, reads } = await workspace.recording(() => service.check(document));
    // Read from the model the check just used: the report costs no second parse.
    const facts = withFacts
      ? describePageFacts(document, service.config.ladder, service.displayPath(uri), (link) => candidateFilesForLink(link, uri, workspace.roots, service.config.sitePaths))
      : undefined;
    if (!targets.has(uri)) forget(uri);
    let deps: PageResult['deps'];
    if (!reads.listed) {
      deps = [];
      for (const [dep, text] of reads.files) {
        if (dep === uri) continue;
        deps.push([dep, text === undefined ? null : hashOf(dep, text)]);
        if (text !== undefined) keepTarget(dep);
      }
    }
    return { uri, hash: hashOf(uri, read.text), findings: result, deps, facts };
  };
}
