import { relative, sep } from 'node:path';
import { createRoleDocsService, deterministicParseLimits, type ResolvedFinding, type RoleDocsConfig, unreadableFileFinding } from '../../service';
import { NodeWorkspace, pathFromUri } from '../../node/nodeWorkspace';
import { loadCliConfig } from '../config/cliConfig';
import type { CheckRequest } from '../checkRequest';
import { fixFile } from './fixFile';

export interface FixRun {
  findings: ResolvedFinding[];
  fixedFindings: number;
  fixedFiles: number;
  diffs: string[];
}

/**
 * `check --fix`: one page at a time on this thread, reading afresh each time, since the files
 * change while it runs. Findings are reported for the text as it is left.
 */
export async function runFix(request: CheckRequest, uris: string[], dryRun: boolean, io: { stderr: (text: string) => void }): Promise<FixRun> {
  const { config } = await loadCliConfig(request);
  if (request.slugProfile) config.slugProfile = request.slugProfile as RoleDocsConfig['slugProfile'];
  const workspace = new NodeWorkspace(request.roots);
  const service = createRoleDocsService({ workspace, config, logger: { log: io.stderr }, parseLimits: deterministicParseLimits });
  const run: FixRun = { findings: [], fixedFindings: 0, fixedFiles: 0, diffs: [] };
  for (const uri of uris) {
    const display = (relative(request.cwd, pathFromUri(uri)) || '.').split(sep).join('/');
    const result = await fixFile(pathFromUri(uri), uri, display, service, dryRun);
    if ('problem' in result) {
      run.findings.push(unreadableFileFinding(uri, result.problem));
      continue;
    }
    if (result.refused) io.stderr(`role-docs: ${result.refused}`);
    if (result.changed) {
      run.fixedFindings += result.fixed;
      run.fixedFiles++;
    }
    if (result.diff) run.diffs.push(result.diff);
    run.findings.push(...result.findings);
  }
  return run;
}
