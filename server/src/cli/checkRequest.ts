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
}
