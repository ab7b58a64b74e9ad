import { relative } from 'node:path';
import { effectiveRole, formatEffectiveRole, WorkspaceIndex, workspaceRoleSources } from '../service';
import { pathFromUri } from '../node/nodeWorkspace';
import type { CheckRequest } from './checkRequest';
import { createCheckService } from './checkService';
import { effectiveRoleJson } from './effectiveRoleJson';

export interface RoleReport {
  status: 0 | 2;
  stdout?: string;
  stderr?: string;
}

/** `role-docs role FILE:LINE`: the role whose heading is on `line` (1-based), with everything it inherits. */
export async function showEffectiveRole(request: CheckRequest, uri: string, line: number, format: 'markdown' | 'json'): Promise<RoleReport> {
  const { service, workspace } = await createCheckService(request, () => {});
  const shown = (u: string): string => relative(request.cwd, pathFromUri(u)) || '.';
  const read = await workspace.readFile(uri);
  if ('problem' in read) return { status: 2, stderr: `${shown(uri)}: ${read.problem}` };
  const document = service.getDocument(uri, read.text, -1);
  const role = document.roles.find((r) => r.nameRange.start.line + 1 === line);
  if (!role) {
    const width = Math.max(...document.roles.map((r) => String(r.nameRange.start.line + 1).length));
    const headings = document.roles.map((r) => `  ${String(r.nameRange.start.line + 1).padStart(width)}  ${r.title}`);
    const listed = headings.length ? `Its role headings:\n${headings.join('\n')}` : 'It has no role headings.';
    return { status: 2, stderr: `${shown(uri)}:${line} is not a role heading. ${listed}` };
  }
  const effective = await effectiveRole(document, role, workspaceRoleSources(service, new WorkspaceIndex(service), shown));
  return { status: 0, stdout: format === 'json' ? effectiveRoleJson(effective, shown) : formatEffectiveRole(effective, shown) };
}
