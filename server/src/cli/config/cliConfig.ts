import { promises as fs } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type ConfigProblem, defaultConfig, loadLadderFile, parseConfigText, type RoleDocsConfig } from '../../service';
import { NodeWorkspace, pathFromUri, uriFromPath } from '../../node/nodeWorkspace';
import { hashText } from '../cache/hashText';
import { configProblemsError } from './fatalConfigError';
import type { ConfigInputs } from '../pageResult';

/** Where a run's configuration comes from: the `.role-docs.json` that applies (absolute), and `--ladder` as typed. */
export interface ConfigSources {
  config?: string;
  ladder?: string;
  cwd: string;
}

/**
 * The configuration for a run. Any problem in `.role-docs.json`, the ladder it names or `--ladder`
 * is fatal (FatalConfigError, every problem listed): pages are never checked against a ladder put
 * in place of a broken one. Also says which files it was read from, so the findings cache can tell
 * when they changed.
 */
export async function loadCliConfig(sources: ConfigSources): Promise<{ config: RoleDocsConfig; inputs: ConfigInputs }> {
  const inputs: ConfigInputs = { files: [] };
  // Hashed as the cache will re-read them (BOM dropped), so an unchanged file always matches.
  const record = (path: string, text: string | undefined) => inputs.files.push([path, text === undefined ? null : hashText(text.replace(/^\uFEFF/, ''))]);
  const readRecorded = (workspace: NodeWorkspace) => async (uri: string) => {
    const text = await workspace.readText(uri);
    record(pathFromUri(uri), text);
    return text;
  };
  const display = (path: string) => relative(sources.cwd, path) || path;
  const problems: string[] = [];
  const report = (path: string, p: Pick<ConfigProblem, 'line' | 'character' | 'message'>) => problems.push(`${display(path)}:${p.line + 1}:${p.character + 1} ${p.message}`);
  let config = defaultConfig();
  if (sources.config) {
    const configPath = sources.config;
    const configText = await fs.readFile(configPath, 'utf8').catch(() => undefined);
    record(configPath, configText);
    if (configText === undefined) throw configProblemsError([`${display(configPath)}: Cannot read this configuration file; check that the path names a readable file.`]);
    // The config's folder is its workspace; reads resolve symlinks, so a ladder link pointing out of it is not followed.
    const folder = dirname(configPath);
    const confined = new NodeWorkspace([folder]);
    config = await parseConfigText(configText, uriFromPath(configPath), readRecorded(confined), confined.roots);
    for (const p of config.problems) report(pathFromUri(p.file), p);
  }
  if (sources.ladder) {
    const abs = resolve(sources.cwd, sources.ladder);
    const text = await fs.readFile(abs, 'utf8').catch(() => undefined);
    record(abs, text);
    if (text === undefined) problems.push(`${sources.ladder}: Cannot read the ladder file given to --ladder; check the path, which is relative to the current folder.`);
    else {
      // Ladders it extends are read inside the current folder or its own, as a config's ladder is read inside the config's.
      const confined = new NodeWorkspace([...new Set([sources.cwd, dirname(abs)])]);
      const loaded = await loadLadderFile(text, uriFromPath(abs), { readText: readRecorded(confined), roots: confined.roots });
      for (const p of loaded.problems) report(pathFromUri(p.file), p);
      config = { ...config, ladder: loaded.ladder, ladderSource: abs };
    }
  }
  if (problems.length) throw configProblemsError(problems);
  return { config, inputs };
}
