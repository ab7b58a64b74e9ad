/**
 * The CLI's engine: everything that parses pages or knows the rules. It is a bundle of its own,
 * loaded only when a run has pages to check, so a run answered from the findings cache starts in
 * the time it takes to read the pages. Loaded on a worker thread, it checks the pages it is sent.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { formatLadderTable } from '../service';
import { loadCliConfig, type ConfigSources } from './config/cliConfig';
import { ladderOrigin } from './config/ladderOrigin';
import { configProblemsError, isFatalConfigError } from './config/fatalConfigError';
import { runPageWorker } from './threads/pageWorker';

export { checkPages } from './threads/checkPages';
export { runFix } from './fix/runFix';
export { formatEngineReport } from './output/engineReport';
export { listRoles } from './listRoles';
export { showEffectiveRole } from './showEffectiveRole';
export { handbookReport } from './handbookReportRun';

/** `role-docs ladder`: where the active ladder comes from, then the ladder as a table. */
export async function ladderTable(sources: ConfigSources): Promise<string> {
  const { config } = await loadCliConfig(sources);
  return `${ladderOrigin(config, sources)}\n\n${formatLadderTable(config.ladder)}`;
}

/** Loads every configuration a run will use, so that a problem in any stops it before a file is changed. */
export async function checkConfigs(sources: ConfigSources[]): Promise<void> {
  const problems: string[] = [];
  for (const source of sources) {
    await loadCliConfig(source).catch((error: unknown) => {
      if (!isFatalConfigError(error)) throw error;
      problems.push(...error.problems);
    });
  }
  if (problems.length) throw configProblemsError(problems);
}

if (!isMainThread && (workerData as { roleDocsPageWorker?: unknown } | null)?.roleDocsPageWorker) {
  void runPageWorker((workerData as { roleDocsPageWorker: Parameters<typeof runPageWorker>[0] }).roleDocsPageWorker);
}
