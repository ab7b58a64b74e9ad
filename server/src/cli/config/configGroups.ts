import { dirname, resolve } from 'node:path';
import { pathFromUri } from '../../node/nodeWorkspace';
import { ConfigSearch } from './configSearch';
import type { Selection } from '../files/selectFiles';

/** Pages checked under one configuration, with the folders their checks may read. */
export interface ConfigGroup {
  /** The `.role-docs.json` in force (absolute); none, the defaults. */
  config?: string;
  /** The handbook root site paths resolve against: `--root`, else the config's folder, else the selection's root. */
  root: string;
  roots: string[];
  /** File URIs, sorted. */
  files: string[];
}

/**
 * Splits the selected pages by the configuration that applies to each: `--config` for all, else the
 * nearest `.role-docs.json` above each page. Groups come in the order of their first page.
 */
export function groupByConfig(selection: Selection, cwd: string, options: { config?: string; root?: string }): ConfigGroup[] {
  const search = new ConfigSearch();
  const explicit = options.config === undefined ? undefined : resolve(cwd, options.config);
  const groups = new Map<string, ConfigGroup>();
  const selectionRoots = selection.workspace.roots.map(pathFromUri);
  for (const uri of selection.files) {
    const config = explicit ?? search.nearest(dirname(pathFromUri(uri)));
    const key = config ?? '';
    let group = groups.get(key);
    if (!group) {
      const root = options.root !== undefined ? resolve(cwd, options.root) : config ? dirname(config) : selection.root;
      group = { config, root, roots: [root, ...selectionRoots.filter((r) => r !== root)], files: [] };
      groups.set(key, group);
    }
    group.files.push(uri);
  }
  return [...groups.values()];
}

/** The configuration in force for a folder (for `role-docs ladder`): `--config`, else the nearest above it. */
export function configForFolder(dir: string, cwd: string, config: string | undefined): string | undefined {
  return config === undefined ? new ConfigSearch().nearest(dir) : resolve(cwd, config);
}
