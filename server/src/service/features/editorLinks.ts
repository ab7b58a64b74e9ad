import type { RoleDocsService } from '../roleDocsService';
import type { ParsedTarget } from '../document/linkTarget';

/** What the editor's own markdown support already answers; Role Docs leaves those answers to it. */
export interface FeatureOptions {
  /** True when the editor resolves in-page and relative `.md` links and completes their ids itself (VS Code's markdown features). */
  editorResolvesLinks?: () => boolean;
}

/**
 * Whether the editor answers this link as Role Docs would: an in-page fragment or a relative `.md`
 * path, with GitHub ids. Site paths (`/job-families/…/`) and other slug profiles stay Role Docs'.
 */
export function editorResolves(options: FeatureOptions, service: RoleDocsService, target: Pick<ParsedTarget, 'kind' | 'path'>): boolean {
  if (!options.editorResolvesLinks?.() || service.config.slugProfile !== 'github') return false;
  return target.kind === 'fragment' || (target.kind === 'relative' && /\.md$/i.test(target.path ?? ''));
}
