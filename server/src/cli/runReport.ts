import { resolve } from 'node:path';
import type { PageFacts } from '../service';
import type { CliArgs } from './cliArgs';
import { cacheDirectory } from './cache/checkCache';
import { requestForGroup } from './checkRequest';
import { groupByConfig, type ConfigGroup } from './config/configGroups';
import { summarize } from './output/formatFindings';
import { formatReportHtml } from './report/formatReportHtml';
import { formatReportJson } from './report/formatReportJson';
import { formatReportMarkdown } from './report/formatReportMarkdown';
import { checkGroups } from './groupRuns';
import { loadEngine } from './loadEngine';
import { writeReport, type CliIo } from './runCheck';
import { selectFiles } from './files/selectFiles';

/**
 * `role-docs report`: one check run (the same engine, cache and threads as `check`) that also keeps
 * what the report needs of each page, then the report in markdown, HTML or JSON. Exits 0: the
 * report informs a review; `check` is the gate.
 */
export async function runReport(args: CliArgs, io: CliIo): Promise<number> {
  const selection = await selectFiles(args.paths, io.cwd, args.root);
  const groups = groupByConfig(selection, io.cwd, { config: args.config, root: args.root });
  const requestFor = (group: ConfigGroup) => requestForGroup(group, args, io.cwd, selection.scanned);
  const facts = new Map<string, PageFacts>();
  const cacheDir = args.noCache ? undefined : cacheDirectory(io.cwd);
  const findings = await checkGroups({ groups, requestFor, log: io.stderr }, { cacheDir, scanned: selection.scanned, onProgress: () => {}, facts });
  const report = await (await loadEngine()).handbookReport(
    groups.map((group) => ({ request: requestFor(group), files: group.files })),
    findings,
    facts,
    io.cwd,
  );
  const text = args.reportFormat === 'html' ? formatReportHtml(report) : args.reportFormat === 'json' ? formatReportJson(report) : formatReportMarkdown(report);
  if (args.output) {
    await writeReport(resolve(io.cwd, args.output), text);
    io.stderr(`${summarize(findings, selection.files.length)} Report written to ${args.output}.`);
  } else io.stdout(text);
  return 0;
}
