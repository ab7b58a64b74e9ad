import { createRoleDocsService, deterministicParseLimits, type RoleDocsConfig, type RoleDocsService } from '../service';
import { NodeWorkspace } from '../node/nodeWorkspace';
import { loadCliConfig } from './config/cliConfig';
import type { CheckRequest } from './checkRequest';
import type { ConfigInputs } from './pageResult';
import { RunWorkspace } from './files/runWorkspace';

/** A run parses each page once, so unit trees are rarely reused: the service keeps few, and the heap small. */
export const RUN_TREE_CACHE_CHARS = 256_000;

/** The engine for one CLI thread: the run's configuration, a workspace that reads each file once, no time budget. */
export async function createCheckService(
  request: CheckRequest,
  log: (text: string) => void,
): Promise<{ service: RoleDocsService; workspace: RunWorkspace; inputs: ConfigInputs }> {
  const { config, inputs } = await loadCliConfig(request);
  if (request.slugProfile) config.slugProfile = request.slugProfile as RoleDocsConfig['slugProfile'];
  const workspace = new RunWorkspace(new NodeWorkspace(request.roots), request.scanned);
  const service = createRoleDocsService({ workspace, config, logger: { log }, parseLimits: deterministicParseLimits, treeCacheChars: RUN_TREE_CACHE_CHARS });
  return { service, workspace, inputs };
}
