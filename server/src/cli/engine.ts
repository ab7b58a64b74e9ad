/**
 * The CLI's engine: everything that parses pages or knows the rules. It is a bundle of its own,
 * loaded only when a run has pages to check, so a run answered from the findings cache starts in
 * the time it takes to read the pages. Loaded on a worker thread, it checks the pages it is sent.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { formatLadderTable } from '../service/ladder/ladderTable';
import { loadCliConfig } from './cliConfig';
import { runPageWorker } from './pageWorker';

export { checkPages } from './checkPages';
export { runFix } from './runFix';
export { formatEngineReport } from './engineReport';
export { listRoles } from './listRoles';

/** `role-docs ladder`: the active ladder as a table. */
export async function ladderTable(root: string, ladder: string | undefined, cwd: string): Promise<string> {
  const { config } = await loadCliConfig(root, ladder, cwd);
  return formatLadderTable(config.ladder);
}

if (!isMainThread && (workerData as { roleDocsPageWorker?: unknown } | null)?.roleDocsPageWorker) {
  void runPageWorker((workerData as { roleDocsPageWorker: Parameters<typeof runPageWorker>[0] }).roleDocsPageWorker);
}
