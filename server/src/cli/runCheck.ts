import { relative, resolve } from 'node:path';
import type { ResolvedFinding } from '../service';
import { pathFromUri } from '../node/nodeWorkspace';
import { writeFileAtomic } from '../node/writeFileAtomic';
import type { CliArgs, OutputFormat } from './cliArgs';
import { cacheDirectory } from './cache/checkCache';
import { requestForGroup, type CheckRequest } from './checkRequest';
import { groupByConfig, type ConfigGroup } from './config/configGroups';
import { FatalConfigError } from './config/fatalConfigError';
import { formatJson, formatText, summarize, type FileFinding } from './output/formatFindings';
import { loadEngine } from './loadEngine';
import { checkGroups, fixGroups } from './groupRuns';
import { selectFiles } from './files/selectFiles';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, so progress may be drawn. */
  interactive: boolean;
}

/** `role-docs check`: returns the exit status. */
export async function runCheck(args: CliArgs, io: CliIo): Promise<number> {
  const selection = await selectFiles(args.paths, io.cwd, args.root);
  const groups = groupByConfig(selection, io.cwd, { config: args.config, root: args.root });
  const requestFor = (group: ConfigGroup): CheckRequest => requestForGroup(group, args, io.cwd, selection.scanned);
  const total = selection.files.length;
  const showProgress = io.interactive && total > 50;
  let shown = -10;
  const onProgress = (done: number): void => {
    if (!showProgress || done - shown < 10) return;
    shown = done;
    io.stderr(`\rChecking ${done}/${total} files`);
  };
  const run = { groups, requestFor, log: io.stderr };
  let findings: ResolvedFinding[];
  let diffs: string[] = [];
  if (args.fix) {
    const fixed = await fixGroups(run, args.dryRun, io);
    findings = fixed.findings;
    diffs = fixed.diffs;
    const counts = `${plural(fixed.fixedFindings, 'finding')} in ${plural(fixed.fixedFiles, 'file')}`;
    io.stderr(args.dryRun ? `Would fix ${counts}.` : `Fixed ${counts}.`);
  } else {
    const cacheDir = args.noCache ? undefined : cacheDirectory(io.cwd);
    findings = await checkGroups(run, { cacheDir, scanned: selection.scanned, onProgress });
  }
  if (groups.length > 1) findings = inFileOrder(findings, selection.files);
  if (showProgress) io.stderr('\r\x1b[K');
  // With --dry-run standard output carries the diff, so the report goes only to --output.
  if (args.dryRun && diffs.length) io.stdout(diffs.join('').replace(/\n$/, ''));
  if (args.output || !args.dryRun) {
    const report = await formatReport(args.format, findings, io.cwd);
    if (args.output) await writeReport(resolve(io.cwd, args.output), report);
    else if (report) io.stdout(report);
  }
  if (args.format === 'text' || args.output) io.stderr(summarize(findings, total));
  return !args.exitZero && findings.some((f) => f.severity === 'error') ? 1 : 0;
}

export async function writeReport(path: string, report: string): Promise<void> {
  try {
    await writeFileAtomic(path, report + '\n');
  } catch (error) {
    throw new FatalConfigError(`Cannot write the report to ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

/** Groups are checked one after another; the report lists files in the selection's order. */
function inFileOrder(findings: ResolvedFinding[], files: string[]): ResolvedFinding[] {
  const order = new Map(files.map((uri, index) => [uri, index]));
  return findings.sort((a, b) => (order.get(a.uri) ?? -1) - (order.get(b.uri) ?? -1));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function formatReport(format: OutputFormat, findings: ResolvedFinding[], cwd: string): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(withFile(findings, cwd));
    case 'text':
      return formatText(withFile(findings, cwd));
    default:
      return (await loadEngine()).formatEngineReport(format, findings, cwd);
  }
}

function withFile(findings: ResolvedFinding[], cwd: string): FileFinding[] {
  return findings.map((f) => ({ ...f, file: relative(cwd, pathFromUri(f.uri)) || '.' }));
}
