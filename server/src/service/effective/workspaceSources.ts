import type { RoleDocsService } from '../roleDocsService';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { EffectiveRoleSources } from './effectiveRoleTypes';

/** Claims followed through the workspace index; pages come from the service's store, through its workspace. */
export function workspaceRoleSources(service: RoleDocsService, index: WorkspaceIndex, displayPath = service.displayPath): EffectiveRoleSources {
  return {
    resolveLink: (fromUri, link) => index.resolveLink(fromUri, link),
    document: (uri) => service.store.load(uri),
    displayPath,
    ladder: service.config.ladder,
  };
}
