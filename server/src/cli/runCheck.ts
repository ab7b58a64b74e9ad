import { relative } from 'node:path';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { createRoleDocsService } from '../service';
import type { RoleDocsConfig } from '../service/config/configTypes';
import { CONFIG_FILE_NAME } from '../service/config/configTypes';
import { defaultConfig } from '../service/config/defaultConfig';
import { parseConfigText } from '../service/config/parseConfig';
import { parseLadderText } from '../service/ladder/loadLadder';
import { configProblemFinding, unreadableFileFinding } from '../service/systemFindings';
import type { ResolvedFinding } from '../service/types';
import { pathFromUri, uriFromPath } from '../node/nodeWorkspace';
import type { CliArgs } from './cliArgs';
import { formatJson, formatText, summarize, type FileFinding } from './formatFindings';
import { selectFiles } from './selectFiles';

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
    config = await parseConfigText(configText, configUri, async (uri) => {
      const path = pathFromUri(uri);
      return relative(root, path).startsWith('..') ? undefined : fs.readFile(path, 'utf8').catch(() => undefined);
    });
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
  const service = createRoleDocsService({ workspace: selection.workspace, config, logger: { log: io.stderr } });
  const all: ResolvedFinding[] = [...configFindings];
  const showProgress = io.interactive && selection.files.length > 50;
  for (const [i, uri] of selection.files.entries()) {
    if (showProgress && i % 10 === 0) io.stderr(`\rChecking ${i}/${selection.files.length} files`);
    const read = await selection.workspace.readFile(uri);
    if ('problem' in read) {
      all.push(unreadableFileFinding(uri, read.problem));
      continue;
    }
    const document = service.getDocument(uri, read.text, -1);
    all.push(...(await service.check(document)));
  }
  if (showProgress) io.stderr('\r\x1b[K');
  const shown: FileFinding[] = all.map((f) => ({ ...f, file: relative(io.cwd, pathFromUri(f.uri)) || '.' }));
  if (args.format === 'json') io.stdout(formatJson(shown));
  else {
    if (shown.length) io.stdout(formatText(shown));
    io.stderr(summarize(all, selection.files.length));
  }
  return !args.exitZero && all.some((f) => f.severity === 'error') ? 1 : 0;
}
