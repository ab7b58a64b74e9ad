import type { DocumentLink } from 'vscode-languageserver-types';
import type { RoleDocument } from '../document/model';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import type { CancellationToken } from '../types';
import type { RoleDocsService } from '../roleDocsService';
import { isCancelled } from './cancellation';
import { editorResolves, type FeatureOptions } from './editorLinks';

/** Site-path and relative links made clickable: the workspace file, plus the fragment as written. */
export class DocumentLinksProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;
  readonly #options: FeatureOptions;

  constructor(service: RoleDocsService, index: WorkspaceIndex, options: FeatureOptions = {}) {
    this.#service = service;
    this.#index = index;
    this.#options = options;
  }

  /** One link per site-path or relative link that lands on a workspace page. */
  async provideDocumentLinks(document: RoleDocument, token?: CancellationToken): Promise<DocumentLink[]> {
    const out: DocumentLink[] = [];
    for (const link of document.links) {
      if ((link.kind !== 'site-path' && link.kind !== 'relative') || !link.targetRange) continue;
      if (editorResolves(this.#options, this.#service, link)) continue;
      const uri = await this.#index.resolveLink(document.uri, link);
      if (isCancelled(token)) return [];
      if (!uri) continue;
      const hash = link.target.indexOf('#');
      const fragment = hash === -1 ? '' : link.target.slice(hash);
      out.push({ range: link.targetRange, target: uri + (fragment === '#' ? '' : fragment) });
    }
    return out;
  }
}
