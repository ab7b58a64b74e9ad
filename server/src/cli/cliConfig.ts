import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { RoleDocsConfig } from '../service/config/configTypes';
import { CONFIG_FILE_NAME } from '../service/config/configTypes';
import { defaultConfig } from '../service/config/defaultConfig';
import { parseConfigText } from '../service/config/parseConfig';
import { parseLadderText } from '../service/ladder/loadLadder';
import { configProblemFinding } from '../service/systemFindings';
import { NodeWorkspace, pathFromUri, uriFromPath } from '../node/nodeWorkspace';
import { hashText } from './hashText';
import { FatalConfigError } from './fatalConfigError';
import type { ConfigInputs } from './pageResult';

/**
 * The configuration for a run: `--ladder` must load (else fatal); `.role-docs.json` problems become
 * findings. Also says which files it was read from, so the findings cache can tell when it changed.
 */
export async function loadCliConfig(root: string, ladderPath: string | undefined, cwd: string): Promise<{ config: RoleDocsConfig; inputs: ConfigInputs }> {
  const inputs: ConfigInputs = { files: [], findings: [] };
  // Hashed as the cache will re-read them (BOM dropped), so an unchanged file always matches.
  const record = (path: string, text: string | undefined) => inputs.files.push([path, text === undefined ? null : hashText(text.replace(/^\uFEFF/, ''))]);
  let config = defaultConfig();
  const configPath = join(root, CONFIG_FILE_NAME);
  const configText = await fs.readFile(configPath, 'utf8').catch(() => undefined);
  record(configPath, configText);
  if (configText !== undefined) {
    // Reads through the workspace, which resolves symlinks: a ladder link pointing out of the root is not followed.
    const confined = new NodeWorkspace([root]);
    const readConfined = async (uri: string) => {
      const text = await confined.readText(uri);
      record(pathFromUri(uri), text);
      return text;
    };
    config = await parseConfigText(configText, uriFromPath(configPath), readConfined);
    for (const p of config.problems) inputs.findings.push(configProblemFinding(p.file, p));
  }
  if (ladderPath) {
    const abs = join(cwd, ladderPath);
    const text = await fs.readFile(abs, 'utf8').catch(() => undefined);
    record(abs, text);
    if (text === undefined) throw new FatalConfigError(`Cannot read the ladder file ${ladderPath}.`);
    const loaded = parseLadderText(text, ladderPath);
    if (loaded.problems.length) {
      const lines = loaded.problems.map((p) => `${ladderPath}:${p.line + 1}:${p.character + 1} ${p.message}`);
      throw new FatalConfigError(`The ladder file ${ladderPath} is not valid:\n${lines.join('\n')}`);
    }
    config = { ...config, ladder: loaded.ladder, ladderSource: abs };
  }
  return { config, inputs };
}
