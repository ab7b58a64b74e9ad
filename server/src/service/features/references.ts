import type { Location, Position, Range } from 'vscode-languageserver-types';
import type { RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { isCancelled } from './cancellation';
import { targetAt } from './targetAt';
import { landingOf, pageSummary } from './linkLanding';

/** An id on a page that links can land on, with where it is declared. */
export interface AnchorTarget {
  uri: string;
  id: string;
  declaration: Range;
}

/** The heading, explicit anchor, or link target under the cursor, as an id on a page. */
export async function anchorTargetAt(index: WorkspaceIndex, document: RoleDocument, position: Position): Promise<AnchorTarget | undefined> {
  const target = targetAt(document, position);
  if (target?.kind === 'heading') return { uri: document.uri, id: target.heading.id, declaration: target.heading.range };
  if (target?.kind === 'anchor') return { uri: document.uri, id: target.anchor.id, declaration: target.anchor.range };
  if (target?.kind === 'link' && target.link.fragment !== undefined) {
    const landing = await landingOf(index, document, target.link);
    if (landing?.anchor) return { uri: landing.uri, id: landing.anchor.id, declaration: landing.heading?.range ?? landing.anchor.range };
  }
  return undefined;
}

/** Every link and extends claim, workspace-wide, landing on a heading or anchor. */
export class ReferencesProvider {
  readonly #index: WorkspaceIndex;

  constructor(index: WorkspaceIndex) {
    this.#index = index;
  }

  /** Links landing on the id under the cursor (and its declaration first, when asked). */
  async provideReferences(document: RoleDocument, position: Position, includeDeclaration: boolean, token?: CancellationToken): Promise<Location[]> {
    if (isCancelled(token)) return [];
    await pageSummary(this.#index, document, document.uri);
    if (isCancelled(token)) return [];
    const target = await anchorTargetAt(this.#index, document, position);
    if (isCancelled(token) || !target) return [];
    const incoming = await this.#index.incomingLinks(target.uri, target.id);
    if (isCancelled(token)) return [];
    const found = incoming.map(({ sourceUri, link }) => ({ uri: sourceUri, range: link.range }));
    return includeDeclaration ? [{ uri: target.uri, range: target.declaration }, ...found] : found;
  }
}
