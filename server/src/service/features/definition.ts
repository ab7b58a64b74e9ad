import type { Location, Position } from 'vscode-languageserver-types';
import type { GradeClaim, Role, RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { RoleDocsService } from '../roleDocsService';
import { normalizeTitle } from '../document/normalizeText';
import { isCancelled } from './cancellation';
import { targetAt } from './targetAt';
import { landingOf } from './linkLanding';
import { ladderViewFor } from './ladderView';
import { editorResolves, type FeatureOptions } from './editorLinks';

const START = { line: 0, character: 0 };

/** Links to the heading or anchor they land on; grade-sentence subjects to their role heading. */
export class DefinitionProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;
  readonly #options: FeatureOptions;

  constructor(service: RoleDocsService, index: WorkspaceIndex, options: FeatureOptions = {}) {
    this.#service = service;
    this.#index = index;
    this.#options = options;
  }

  /** Where the thing under the cursor is defined; empty when nothing is. */
  async provideDefinition(document: RoleDocument, position: Position, token?: CancellationToken): Promise<Location[]> {
    if (isCancelled(token)) return [];
    const target = targetAt(document, position);
    if (target?.kind === 'subject') {
      const role = this.#roleForSubject(document, target.claim);
      return role ? [{ uri: document.uri, range: role.heading.range }] : [];
    }
    if (target?.kind !== 'link' || editorResolves(this.#options, this.#service, target.link)) return [];
    const landing = await landingOf(this.#index, document, target.link);
    if (isCancelled(token) || !landing) return [];
    if (landing.anchor) return [{ uri: landing.uri, range: landing.heading?.range ?? landing.anchor.range }];
    // A link to another page whose fragment is missing (or absent) still leads to that page.
    if (landing.uri !== document.uri) return [{ uri: landing.uri, range: { start: START, end: START } }];
    return [];
  }

  /** The role a subject names: same title, else same level, else the role the sentence sits in. */
  #roleForSubject(document: RoleDocument, claim: GradeClaim): Role | undefined {
    const subject = normalizeTitle(claim.subject ?? '').toLowerCase();
    const byTitle = document.roles.find((r) => normalizeTitle(r.title).toLowerCase() === subject);
    if (byTitle) return byTitle;
    const view = ladderViewFor(this.#service, document);
    const named = claim.subject ? view.classify(claim.subject) : undefined;
    const byLevel = named?.explicit ? document.roles.filter((r) => view.levelOfRole(r)?.level.id === named.level.id) : [];
    if (byLevel.length === 1) return byLevel[0];
    return document.roles.find((r) => r.gradeClaims.includes(claim));
  }
}
