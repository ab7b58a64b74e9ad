import type { CodeLens } from 'vscode-languageserver-types';
import type { RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { SHOW_REFERENCES_COMMAND } from './languageFeatures';
import { isCancelled } from './cancellation';
import { pageSummary } from './linkLanding';
import { findExtenders } from './extenders';

/**
 * Over each role heading: its grade, level and how many roles extend it; clicking lists the extends
 * links. A role nobody extends gets its grade and level as plain text (nothing to list on a click).
 */
export class CodeLensProvider {
  readonly #index: WorkspaceIndex;

  constructor(index: WorkspaceIndex) {
    this.#index = index;
  }

  /** One lens per role, e.g. "grade 10 · Distinguished · extended by 2"; none for a role with nothing to say. */
  async provideCodeLenses(document: RoleDocument, token?: CancellationToken): Promise<CodeLens[]> {
    if (isCancelled(token)) return [];
    const page = await pageSummary(this.#index, document, document.uri);
    if (isCancelled(token) || !page) return [];
    const lenses: CodeLens[] = [];
    for (const role of page.roles) {
      const extenders = await findExtenders(this.#index, page, role);
      if (isCancelled(token)) return [];
      const locations = extenders.flatMap((e) => e.links);
      const extended = extenders.length ? `extended by ${extenders.length}` : undefined;
      const title = [role.grade === undefined ? undefined : `grade ${role.grade}`, role.levelTitle, extended].filter(Boolean).join(' · ');
      if (!title) continue;
      const range = page.heading(role.headingIndex).range;
      // An empty command id: VS Code shows the title as text that does nothing when clicked.
      const command = extended ? { title, command: SHOW_REFERENCES_COMMAND, arguments: [document.uri, range.start, locations] } : { title, command: '' };
      lenses.push({ range, command });
    }
    return lenses;
  }
}
