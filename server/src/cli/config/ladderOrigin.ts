import { relative } from 'node:path';
import { CONFIG_FILE_NAME, type RoleDocsConfig } from '../../service';
import { pathFromUri } from '../../node/nodeWorkspace';
import type { ConfigSources } from './cliConfig';

/** The line `role-docs ladder` opens with: which ladder is in force and what named it. */
export function ladderOrigin(config: RoleDocsConfig, sources: ConfigSources): string {
  const display = (path: string) => relative(sources.cwd, path) || path;
  const name = config.ladder.name;
  if (sources.ladder) return `Ladder: ${name} (from ${sources.ladder}, named by --ladder)`;
  if (!sources.config) return `Ladder: built-in ${name} ladder (no ${CONFIG_FILE_NAME} found)`;
  const configFile = display(sources.config);
  if (config.ladderSource === 'default') return `Ladder: built-in ${name} ladder (${configFile} names no ladder)`;
  if (config.ladderSource.endsWith('#ladder')) return `Ladder: ${name} (written inside ${configFile})`;
  return `Ladder: ${name} (from ${display(pathFromUri(config.ladderSource))}, named by ${configFile})`;
}
