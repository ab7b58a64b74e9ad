import { CONFIG_FILE_NAME, dirnameUri, type Workspace } from '../service';

/**
 * The folders below a workspace folder that hold a `.role-docs.json` and a page somewhere beneath:
 * each is the nearest configuration for the pages under it. Only the folders on the way from a page
 * up to the workspace folder are tried, so a folder with no page costs nothing.
 */
export async function nestedConfigFolders(folderUri: string, workspace: Workspace): Promise<string[]> {
  const dirs = new Set<string>();
  for (const page of await workspace.findMarkdownFiles()) {
    for (let dir = dirnameUri(page); dir.length > folderUri.length && dir.startsWith(folderUri + '/') && !dirs.has(dir); dir = dirnameUri(dir)) dirs.add(dir);
  }
  const holding = await Promise.all([...dirs].map(async (dir) => ((await workspace.readText(`${dir}/${CONFIG_FILE_NAME}`)) === undefined ? undefined : dir)));
  return holding.filter((dir): dir is string => dir !== undefined).sort();
}
