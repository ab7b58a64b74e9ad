import { pathFromUri } from '../node/nodeWorkspace';
import type { CliArgs } from './cliArgs';
import { formatRolesJson, formatRolesText } from './formatRoles';
import { loadEngine } from './loadEngine';
import type { CliIo } from './runCheck';
import { selectFiles } from './selectFiles';

/** `role-docs roles`: prints each page's roles; exit 2 when the configuration has problems (the ladder may not be the one meant). */
export async function runRoles(args: CliArgs, io: CliIo): Promise<number> {
  const selection = await selectFiles(args.paths, io.cwd, args.root);
  const request = { root: selection.root, roots: selection.workspace.roots.map(pathFromUri), cwd: io.cwd, ladder: args.ladder, slugProfile: args.slugProfile, scanned: selection.scanned };
  const listing = await (await loadEngine()).listRoles(request, selection.files);
  for (const problem of listing.problems) io.stderr(`role-docs: ${problem}`);
  const report = args.format === 'json' ? formatRolesJson(listing.pages) : formatRolesText(listing.pages);
  if (report) io.stdout(report);
  return listing.configProblems ? 2 : 0;
}
