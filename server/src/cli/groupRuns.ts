import { NodeWorkspace } from '../node/nodeWorkspace';
import type { PageFacts, ResolvedFinding } from '../service';
import { cachedCheck } from './cache/cachedCheck';
import type { CheckRequest } from './checkRequest';
import type { ConfigGroup } from './config/configGroups';
import { configProblemsError, isFatalConfigError } from './config/fatalConfigError';
import { loadEngine } from './loadEngine';
import type { FixRun } from './fix/runFix';
import type { ScannedFolders } from './files/scannedFolders';

/** One run over the groups of pages: each group's request, and what the checks report to. */
export interface GroupRun {
  groups: ConfigGroup[];
  requestFor: (group: ConfigGroup) => CheckRequest;
  log: (text: string) => void;
}

/**
 * Checks each group under its configuration. A broken configuration stops the run, but only once
 * every group was tried, so that every broken configuration is reported, not only the first.
 */
export async function checkGroups(
  run: GroupRun,
  options: { cacheDir?: string; scanned: ScannedFolders; onProgress: (done: number) => void; facts?: Map<string, PageFacts> },
): Promise<ResolvedFinding[]> {
  const findings: ResolvedFinding[] = [];
  const problems: string[] = [];
  let done = 0;
  for (const group of run.groups) {
    const checkOptions = { cacheDir: options.cacheDir, scanned: options.scanned, log: run.log, facts: options.facts, onProgress: (n: number) => options.onProgress(done + n) };
    try {
      findings.push(...(await cachedCheck(run.requestFor(group), group.files, new NodeWorkspace(group.roots), checkOptions)));
    } catch (error) {
      if (!isFatalConfigError(error) || !error.problems.length) throw error;
      problems.push(...error.problems);
    }
    done += group.files.length;
  }
  if (problems.length) throw configProblemsError(problems);
  return findings;
}

/** `--fix` over each group; every configuration is read first, so a broken one stops the run before a file changes. */
export async function fixGroups(run: GroupRun, dryRun: boolean, io: { stderr: (text: string) => void }): Promise<FixRun> {
  const engine = await loadEngine();
  await engine.checkConfigs(run.groups.map(run.requestFor));
  const total: FixRun = { findings: [], fixedFindings: 0, fixedFiles: 0, diffs: [] };
  for (const group of run.groups) {
    const fixed = await engine.runFix(run.requestFor(group), group.files, dryRun, io);
    total.findings.push(...fixed.findings);
    total.diffs.push(...fixed.diffs);
    total.fixedFindings += fixed.fixedFindings;
    total.fixedFiles += fixed.fixedFiles;
  }
  return total;
}
