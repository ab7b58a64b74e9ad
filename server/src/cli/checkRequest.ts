import type { CliArgs } from './cliArgs';
import type { ConfigGroup } from './config/configGroups';
import type { ScannedFolders } from './files/scannedFolders';

/** What every thread of a check needs to set itself up the same way: plain data, so it crosses to workers. */
export interface CheckRequest {
  root: string;
  /** Workspace folders as paths. */
  roots: string[];
  cwd: string;
  /** The `.role-docs.json` in force for these pages (absolute); none, the defaults. */
  config?: string;
  ladder?: string;
  slugProfile?: string;
  /** The selection's walk: link candidates it proves absent are not looked for on disk. */
  scanned?: ScannedFolders;
  /** Also read each page's facts for the handbook report (`role-docs report`). */
  reportFacts?: boolean;
}

/** A group's request as the command line sets it up (check, roles and report alike). */
export function requestForGroup(group: ConfigGroup, args: Pick<CliArgs, 'ladder' | 'slugProfile'>, cwd: string, scanned: ScannedFolders): CheckRequest {
  return { root: group.root, roots: group.roots, cwd, config: group.config, ladder: args.ladder, slugProfile: args.slugProfile, scanned };
}
