import { resolve } from 'node:path';
import type { CliArgs } from './cliArgs';
import { UsageError } from './cliArgs';
import { groupByConfig } from './config/configGroups';
import { loadEngine } from './loadEngine';
import type { CliIo } from './runCheck';
import { selectFiles } from './files/selectFiles';
import { uriFromPath } from '../node/nodeWorkspace';

const FILE_LINE = /^(.+):(\d+)$/;

/** `role-docs role FILE:LINE`: prints the role's effective responsibilities and requirements; exit 2 when LINE is no role heading. */
export async function runRole(args: CliArgs, io: CliIo): Promise<number> {
  const at = args.paths.length === 1 ? FILE_LINE.exec(args.paths[0]) : null;
  if (!at) throw new UsageError('role needs one FILE:LINE (the line of a role heading).');
  const file = at[1];
  const selection = await selectFiles([file], io.cwd, args.root);
  const [group] = groupByConfig(selection, io.cwd, { config: args.config, root: args.root });
  const request = { root: group.root, roots: group.roots, cwd: io.cwd, config: group.config, ladder: args.ladder, slugProfile: args.slugProfile };
  const engine = await loadEngine();
  const report = await engine.showEffectiveRole(request, uriFromPath(resolve(io.cwd, file)), Number(at[2]), args.roleFormat ?? 'markdown');
  if (report.stderr) io.stderr(`role-docs: ${report.stderr}`);
  if (report.stdout) io.stdout(report.stdout.replace(/\n$/, ''));
  return report.status;
}
