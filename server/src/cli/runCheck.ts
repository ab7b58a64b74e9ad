import { relative, resolve, sep } from 'node:path';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { createRoleDocsService, type RoleDocsService } from '../service';
import { deterministicParseLimits } from '../service/document/parseMarkdown';
import type { RoleDocsConfig } from '../service/config/configTypes';
import { CONFIG_FILE_NAME } from '../service/config/configTypes';
import { defaultConfig } from '../service/config/defaultConfig';
import { parseConfigText } from '../service/config/parseConfig';
import { parseLadderText } from '../service/ladder/loadLadder';
import { configProblemFinding, unreadableFileFinding } from '../service/systemFindings';
import type { ResolvedFinding } from '../service/types';
import { LineIndex } from '../service/document/lineIndex';
import { NodeWorkspace, pathFromUri, uriFromPath } from '../node/nodeWorkspace';
import type { CliArgs, OutputFormat } from './cliArgs';
import { fixFile } from './fixFile';
import { formatCodeQuality } from './formatCodeQuality';
import { formatSarif } from './formatSarif';
import { ruleCatalog } from './ruleCatalog';
import { toolVersion } from './version';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { formatJson, formatText, summarize, type FileFinding } from './formatFindings';
import { selectFiles } from './selectFiles';
import { RunWorkspace } from './runWorkspace';
import { CheckCache, cacheDirectory, cacheKey } from './checkCache';
import { createPageChecker } from './checkPages';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, so progress may be drawn. */
  interactive: boolean;
}

export class FatalConfigError extends Error {}

/** The configuration for a run: `--ladder` must load (else fatal); `.role-docs.json` problems become findings. */
export async function loadCliConfig(root: string, ladderPath: string | undefined, cwd: string): Promise<{ config: RoleDocsConfig; findings: ResolvedFinding[] }> {
  const findings: ResolvedFinding[] = [];
  let config = defaultConfig();
  const configPath = join(root, CONFIG_FILE_NAME);
  const configText = await fs.readFile(configPath, 'utf8').catch(() => undefined);
  if (configText !== undefined) {
    const configUri = uriFromPath(configPath);
    // Reads through the workspace, which resolves symlinks: a ladder link pointing out of the root is not followed.
    const confined = new NodeWorkspace([root]);
    config = await parseConfigText(configText, configUri, (uri) => confined.readText(uri));
    for (const p of config.problems) findings.push(configProblemFinding(p.file, p));
  }
  if (ladderPath) {
    const abs = join(cwd, ladderPath);
    const text = await fs.readFile(abs, 'utf8').catch(() => undefined);
    if (text === undefined) throw new FatalConfigError(`Cannot read the ladder file ${ladderPath}.`);
    const loaded = parseLadderText(text, ladderPath);
    if (loaded.problems.length) {
      const lines = loaded.problems.map((p) => `${ladderPath}:${p.line + 1}:${p.character + 1} ${p.message}`);
      throw new FatalConfigError(`The ladder file ${ladderPath} is not valid:\n${lines.join('\n')}`);
    }
    config = { ...config, ladder: loaded.ladder, ladderSource: abs };
  }
  return { config, findings };
}

/** `role-docs check`: returns the exit status. */
export async function runCheck(args: CliArgs, io: CliIo): Promise<number> {
  const selection = await selectFiles(args.paths, io.cwd, args.root);
  const { config, findings: configFindings } = await loadCliConfig(selection.root, args.ladder, io.cwd);
  if (args.slugProfile) config.slugProfile = args.slugProfile as RoleDocsConfig['slugProfile'];
  // With --fix files change during the run, so reads are not shared and findings are not cached.
  const workspace = args.fix ? selection.workspace : new RunWorkspace(selection.workspace);
  const service = createRoleDocsService({ workspace, config, logger: { log: io.stderr }, parseLimits: deterministicParseLimits });
  const cacheDir = args.fix || args.noCache ? undefined : cacheDirectory(io.cwd);
  const cache = cacheDir ? await CheckCache.open(cacheDir, cacheKey(config, workspace.roots), selection.root) : undefined;
  const checkPage = workspace instanceof RunWorkspace ? createPageChecker(service, workspace, cache) : undefined;
  const all: ResolvedFinding[] = [...configFindings];
  const display = (uri: string): string => relative(io.cwd, pathFromUri(uri)) || '.';
  const fixes = { findings: 0, files: 0, diffs: [] as string[] };
  const showProgress = io.interactive && selection.files.length > 50;
  for (const [i, uri] of selection.files.entries()) {
    if (showProgress && i % 10 === 0) io.stderr(`\rChecking ${i}/${selection.files.length} files`);
    if (args.fix) {
      const result = await fixFile(pathFromUri(uri), uri, display(uri).split(sep).join('/'), service, args.dryRun);
      if ('problem' in result) {
        all.push(unreadableFileFinding(uri, result.problem));
        continue;
      }
      if (result.refused) io.stderr(`role-docs: ${result.refused}`);
      if (result.changed) {
        fixes.findings += result.fixed;
        fixes.files++;
      }
      if (result.diff) fixes.diffs.push(result.diff);
      all.push(...result.findings);
      continue;
    }
    all.push(...(await checkPage!(uri)));
  }
  await cache?.save().catch((error: Error) => io.stderr(`role-docs: cannot write the findings cache: ${error.message}`));
  if (showProgress) io.stderr('\r\x1b[K');
  if (args.fix) {
    const counts = `${plural(fixes.findings, 'finding')} in ${plural(fixes.files, 'file')}`;
    io.stderr(args.dryRun ? `Would fix ${counts}.` : `Fixed ${counts}.`);
  }
  // With --dry-run standard output carries the diff, so the report goes only to --output.
  if (args.dryRun && fixes.diffs.length) io.stdout(fixes.diffs.join('').replace(/\n$/, ''));
  if (args.output || !args.dryRun) {
    const report = await formatReport(args.format, all, io.cwd, service);
    if (args.output) await writeReport(resolve(io.cwd, args.output), report);
    else if (report) io.stdout(report);
  }
  if (args.format === 'text' || args.output) io.stderr(summarize(all, selection.files.length));
  return !args.exitZero && all.some((f) => f.severity === 'error') ? 1 : 0;
}

async function writeReport(path: string, report: string): Promise<void> {
  try {
    await writeFileAtomic(path, report + '\n');
  } catch (error) {
    throw new FatalConfigError(`Cannot write the report to ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function formatReport(format: OutputFormat, findings: ResolvedFinding[], cwd: string, service: RoleDocsService): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(withFile(findings, cwd));
    case 'sarif':
      return formatSarif(findings, ruleCatalog(), cwd, toolVersion());
    case 'codequality': {
      const texts = new Map<string, { text: string; lines: LineIndex }>();
      for (const f of findings) {
        if (texts.has(f.uri)) continue;
        // Config and ladder findings point into files the service never parsed.
        const cached = service.store.cached(f.uri);
        const text = cached?.text ?? (await fs.readFile(pathFromUri(f.uri), 'utf8').catch(() => '')).replace(/^\uFEFF/, '');
        texts.set(f.uri, { text, lines: cached?.lines ?? new LineIndex(text) });
      }
      return formatCodeQuality(findings, cwd, (f) => lineText(texts.get(f.uri)!, f.range.start.line));
    }
    case 'text':
      return formatText(withFile(findings, cwd));
  }
}

function withFile(findings: ResolvedFinding[], cwd: string): FileFinding[] {
  return findings.map((f) => ({ ...f, file: relative(cwd, pathFromUri(f.uri)) || '.' }));
}

function lineText({ text, lines }: { text: string; lines: LineIndex }, line: number): string {
  if (line >= lines.lineCount) return '';
  const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  return text.slice(lines.lineStart(line), end).replace(/\r?\n$|\r$/, '');
}
