import type { CodeLens } from 'vscode-languageserver-types';
import type { RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { SHOW_REFERENCES_COMMAND } from './languageFeatures';
import { isCancelled } from './cancellation';
import { pageSummary } from './linkLanding';
import { findExtenders } from './extenders';
import type { RoleDocsService } from '../roleDocsService';
import { ladderViewFor } from './ladderView';
import { equivalentWords } from './hover/levelWords';
import { ladderHasGrades, levelName, trackTitle } from '../ladder/trackLevels';

/**
 * Over each role: its grade (when the ladder has grades), the ladder's level with its code, track and
 * equivalent, and how many roles extend it; clicking lists the extends links. A role nobody extends
 * gets its lens as plain text (nothing to list on a click).
 */
export class CodeLensProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;

  constructor(service: RoleDocsService, index: WorkspaceIndex) {
    this.#service = service;
    this.#index = index;
  }

  /** One lens per role, e.g. "grade 10 · Distinguished · Individual contributor · equivalent: Director, Management · extended by 2"; none for a role with nothing to say. */
  async provideCodeLenses(document: RoleDocument, token?: CancellationToken): Promise<CodeLens[]> {
    if (isCancelled(token)) return [];
    const page = await pageSummary(this.#index, document, document.uri);
    if (isCancelled(token) || !page) return [];
    const view = ladderViewFor(this.#service, document);
    const graded = ladderHasGrades(view.ladder);
    const lenses: CodeLens[] = [];
    for (const [at, role] of page.roles.entries()) {
      const extenders = await findExtenders(this.#index, page, role);
      if (isCancelled(token)) return [];
      const locations = extenders.flatMap((e) => e.links);
      // The summary is this document's: its roles are the document's, in order.
      const pageRole = document.roles[at];
      const level = pageRole && view.levelOfRole(pageRole)?.level;
      const extended = extenders.length ? `extended by ${extenders.length}` : undefined;
      const title = [
        graded && role.grade !== undefined ? `grade ${role.grade}` : undefined,
        level ? levelName(level) : role.levelTitle,
        level && trackTitle(view.ladder, level),
        level && equivalentWords(view.ladder, level),
        extended,
      ]
        .filter(Boolean)
        .join(' · ');
      if (!title) continue;
      // A table column or row shares its heading with the others: its lens sits over its own cell.
      const range = pageRole && pageRole.form !== 'heading' && pageRole.form !== 'page' ? pageRole.nameRange : page.heading(role.headingIndex).range;
      // An empty command id: VS Code shows the title as text that does nothing when clicked.
      const command = extended ? { title, command: SHOW_REFERENCES_COMMAND, arguments: [document.uri, range.start, locations] } : { title, command: '' };
      lenses.push({ range, command });
    }
    return lenses;
  }
}
