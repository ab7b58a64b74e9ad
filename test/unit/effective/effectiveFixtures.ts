import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoleDocsService, type RoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex/workspaceIndex';
import type { RoleDocument } from '../../../server/src/service/document/model';
import type { EffectiveRoleSources } from '../../../server/src/service/effective/effectiveRole';
import { projectRoot } from '../../helpers/runCliProcess';

export const ROOT = 'file:///ws';
export const FIXTURE_DIR = join(projectRoot, 'test/fixtures/effective');
export const PAGES = ['backend-engineer.md', 'engineering-manager.md', 'loops-and-gaps.md'] as const;
export const uriOf = (name: string): string => `${ROOT}/${name}`;
export const textOf = (name: string): string => readFileSync(join(FIXTURE_DIR, name), 'utf8');

export interface EffectiveFixture {
  service: RoleDocsService;
  index: WorkspaceIndex;
  /** The parsed page and its role titled `title`. */
  roleOf(page: string, title: string): { document: RoleDocument; role: RoleDocument['roles'][number] };
  /** Links resolve through the workspace index; only the pages in `loaded` give a model. */
  sources(loaded?: readonly string[]): EffectiveRoleSources;
}

/** The fixture handbook in memory: every page in the index, the models kept by the test. */
export function effectiveFixture(): EffectiveFixture {
  const files = Object.fromEntries(PAGES.map((name) => [uriOf(name), textOf(name)]));
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], files) });
  const index = new WorkspaceIndex(service);
  const documents = new Map(PAGES.map((name) => [uriOf(name), service.getDocument(uriOf(name), files[uriOf(name)], 1)]));
  return {
    service,
    index,
    roleOf(page, title) {
      const document = documents.get(uriOf(page))!;
      const role = document.roles.find((r) => r.title === title);
      if (!role) throw new Error(`no role '${title}' on ${page}: ${document.roles.map((r) => r.title).join(', ')}`);
      return { document, role };
    },
    sources(loaded = PAGES) {
      return {
        resolveLink: (fromUri, link) => index.resolveLink(fromUri, link),
        document: async (uri) => (loaded.some((name) => uriOf(name) === uri) ? documents.get(uri) : undefined),
        displayPath: service.displayPath,
        ladder: service.config.ladder,
      };
    },
  };
}
