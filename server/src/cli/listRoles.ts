import { relative } from 'node:path';
import { describePageRoles, type PageRoles } from '../service';
import { pathFromUri } from '../node/nodeWorkspace';
import type { CheckRequest } from './checkRequest';
import { createCheckService } from './checkService';

/** One page's roles, with its path as the user sees it (relative to the working directory). */
export interface PathRoles extends PageRoles {
  path: string;
}

export interface RoleListing {
  pages: PathRoles[];
  /** Problems of the configuration and pages that could not be read, one line each. */
  problems: string[];
  /** Whether the configuration had problems (the ladder in force may not be the one meant). */
  configProblems: boolean;
}

/** `role-docs roles`: the roles of each page under the run's ladder, read with the same configuration as `check`. */
export async function listRoles(request: CheckRequest, files: string[]): Promise<RoleListing> {
  // A broken configuration throws FatalConfigError (exit 2 with every problem): no roles under a ladder not meant.
  const { service, workspace } = await createCheckService(request, () => {});
  const shown = (uri: string): string => relative(request.cwd, pathFromUri(uri)) || '.';
  const problems: string[] = [];
  const configProblems = false;
  const pages: PathRoles[] = [];
  for (const uri of files) {
    const read = await workspace.readFile(uri);
    if ('problem' in read) {
      problems.push(`${shown(uri)}: ${read.problem}`);
      continue;
    }
    const document = service.getDocument(uri, read.text, -1);
    pages.push({ path: shown(uri), ...describePageRoles(document, service.config.ladder, service.displayPath(uri)) });
    service.store.invalidate(uri);
    workspace.forget(uri);
  }
  return { pages, problems, configProblems };
}
