import type { CodeLens } from 'vscode-languageserver-types';
import type { RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { SHOW_REFERENCES_COMMAND } from './languageFeatures';
import { isCancelled } from './cancellation';
import { pageSummary } from './linkLanding';
import { findExtenders } from './extenders';

/** Over each role heading: its grade, level and how many roles extend it; clicking lists the extends links. */
export class CodeLensProvider {
  readonly #index: WorkspaceIndex;

  constructor(index: WorkspaceIndex) {
    this.#index = index;
  }

  /** One lens per role, e.g. "grade 10 · Distinguished · extended by 2". */
  async provideCodeLenses(document: RoleDocument, token?: CancellationToken): Promise<CodeLens[]> {
    if (isCancelled(token)) return [];
    const page = await pageSummary(this.#index, document, document.uri);
    if (isCancelled(token) || !page) return [];
    const lenses: CodeLens[] = [];
    for (const role of page.roles) {
      const extenders = await findExtenders(this.#index, page, role);
      if (isCancelled(token)) return [];
      const locations = extenders.flatMap((e) => e.links);
      const title = [role.grade === undefined ? undefined : `grade ${role.grade}`, role.levelTitle, `extended by ${extenders.length}`]
        .filter(Boolean)
        .join(' · ');
      const range = page.heading(role.headingIndex).range;
      lenses.push({ range, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [document.uri, range.start, locations] } });
    }
    return lenses;
  }
}
