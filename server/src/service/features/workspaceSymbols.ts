import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../roleDocsService';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { isCancelled } from './cancellation';

/** Most symbols one query returns; a one-letter query on a big handbook would list thousands. */
const LIMIT = 1000;

/** Whether every character of `query` occurs in `text` in order, ignoring case and spaces in the query. */
export function matchesSubsequence(query: string, text: string): boolean {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const haystack = text.toLowerCase();
  let at = 0;
  for (const ch of wanted) {
    at = haystack.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** Roles across the handbook, found by a fuzzy subsequence of their titles. */
export class WorkspaceSymbolsProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;

  constructor(service: RoleDocsService, index: WorkspaceIndex) {
    this.#service = service;
    this.#index = index;
  }

  /** Roles whose titles contain the query's characters in order, by page then position. */
  async provideWorkspaceSymbols(query: string, token?: CancellationToken): Promise<SymbolInformation[]> {
    if (isCancelled(token)) return [];
    const roles = await this.#index.allRoles();
    if (isCancelled(token)) return [];
    const out: SymbolInformation[] = [];
    for (const { uri, role } of roles) {
      if (!matchesSubsequence(query, role.title)) continue;
      out.push({
        name: role.title,
        kind: SymbolKind.Class,
        location: { uri, range: role.range },
        containerName: this.#service.displayPath(uri),
      });
      if (out.length >= LIMIT) break;
    }
    return out;
  }
}
