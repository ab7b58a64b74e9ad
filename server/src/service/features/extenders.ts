import type { Location } from 'vscode-languageserver-types';
import type { PageSummary, RoleSummary, WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { comparePositions } from './positions';
import { anchorFor } from './linkLanding';

/** A role, on this page or another, whose extends claim lands inside a given role. */
export interface Extender {
  uri: string;
  roleTitle: string;
  /** Line of the extending role's heading, 0-based. */
  line: number;
  /** Every extends link of that role landing inside the extended role. */
  links: Location[];
}

/** Roles whose extends links land on `role` of `page` (its heading or any section in its block). */
export async function findExtenders(index: WorkspaceIndex, page: PageSummary, role: RoleSummary): Promise<Extender[]> {
  const byRole = new Map<string, Extender>();
  for (const { sourceUri, source, link } of await index.incomingLinks(page.uri)) {
    if (link.extendsRole === undefined || link.fragment === undefined) continue;
    const { anchor } = anchorFor(page, link.fragment);
    if (!anchor) continue;
    if (comparePositions(anchor.range.start, role.range.start) < 0 || comparePositions(anchor.range.start, role.range.end) >= 0) continue;
    const from = source.role(link.extendsRole);
    const key = `${sourceUri} ${link.extendsRole}`;
    let extender = byRole.get(key);
    if (!extender) {
      extender = { uri: sourceUri, roleTitle: from.title, line: from.range.start.line, links: [] };
      byRole.set(key, extender);
    }
    extender.links.push({ uri: sourceUri, range: link.range });
  }
  return [...byRole.values()];
}
