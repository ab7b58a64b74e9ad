import type { CliArgs } from './cliArgs';
import { requestForGroup } from './checkRequest';
import { groupByConfig } from './config/configGroups';
import { formatRolesJson, formatRolesText } from './output/formatRoles';
import type { PathRoles } from './listRoles';
import { loadEngine } from './loadEngine';
import type { CliIo } from './runCheck';
import { selectFiles } from './files/selectFiles';

/**
 * `role-docs roles`: prints each page's roles under the configuration that applies to it (the nearest
 * `.role-docs.json`, or `--config`), as `check` reads them. A broken configuration stops it with exit 2.
 */
export async function runRoles(args: CliArgs, io: CliIo): Promise<number> {
  const selection = await selectFiles(args.paths, io.cwd, args.root);
  const engine = await loadEngine();
  const pages: PathRoles[] = [];
  for (const group of groupByConfig(selection, io.cwd, { config: args.config, root: args.root })) {
    const request = requestForGroup(group, args, io.cwd, selection.scanned);
    const listing = await engine.listRoles(request, group.files);
    for (const problem of listing.problems) io.stderr(`role-docs: ${problem}`);
    pages.push(...listing.pages);
  }
  if (pages.length > 1) pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const report = args.format === 'json' ? formatRolesJson(pages) : formatRolesText(pages);
  if (report) io.stdout(report);
  return 0;
}
