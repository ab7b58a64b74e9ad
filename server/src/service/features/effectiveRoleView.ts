import type { Position } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../roleDocsService';
import type { Role, RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { normalizeTitle } from '../document/normalizeText';
import { roleAt } from '../rules/ladder/roleLookup';
import { effectiveRole } from '../effective/effectiveRole';
import { formatEffectiveRole } from '../effective/formatEffectiveRole';
import { workspaceRoleSources } from '../effective/workspaceSources';
import { isCancelled } from './cancellation';

/** The effective role as the editor shows it: which role (to follow it through edits) and its markdown. */
export interface EffectiveRoleView {
  title: string;
  /** 0-based line of the role's heading. */
  line: number;
  markdown: string;
}

/** The role under the cursor with everything it inherits, as a markdown document. */
export class EffectiveRoleProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;

  constructor(service: RoleDocsService, index: WorkspaceIndex) {
    this.#service = service;
    this.#index = index;
  }

  /** With `title`, the role of that title nearest `position` (the one shown before an edit moved it); else (renamed, or no title) the role holding `position`. */
  async provideEffectiveRole(document: RoleDocument, position: Position, title?: string, token?: CancellationToken): Promise<EffectiveRoleView | undefined> {
    const role = (title !== undefined && roleTitled(document, title, position.line)) || roleAt(document, document.lines.offsetAt(position));
    if (!role || isCancelled(token)) return undefined;
    await this.#index.ready();
    if (isCancelled(token)) return undefined;
    const effective = await effectiveRole(document, role, workspaceRoleSources(this.#service, this.#index));
    if (isCancelled(token)) return undefined;
    return { title: role.title, line: role.nameRange.start.line, markdown: formatEffectiveRole(effective, this.#service.displayPath) };
  }
}

function roleTitled(document: RoleDocument, title: string, line: number): Role | undefined {
  const wanted = normalizeTitle(title).toLowerCase();
  const distance = (r: Role) => Math.abs(r.nameRange.start.line - line);
  return document.roles.filter((r) => normalizeTitle(r.title).toLowerCase() === wanted).sort((a, b) => distance(a) - distance(b))[0];
}
