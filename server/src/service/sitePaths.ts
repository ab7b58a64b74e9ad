import type { Link } from './document/model';
import { dirnameUri, isInside, joinUri } from './uriPath';

/** How a handbook's site paths map to files: the folders pages live under and their index file names. */
export interface SitePathSettings {
  contentRoots: string[];
  indexFiles: string[];
}

export const defaultSitePathSettings: SitePathSettings = {
  contentRoots: ['', 'content', 'source', 'sites/handbook/source', 'sites/uncategorized/source'],
  indexFiles: ['index.html.md', 'index.md', '_index.md', 'README.md'],
};

function variants(base: string, settings: SitePathSettings): string[] {
  const clean = base.replace(/(?<!\/)\/+$/, ''); // lookbehind: `////…` is tried once
  if (/\.md$/i.test(clean)) return [clean];
  if (/\.html?$/i.test(clean)) return [clean + '.md', clean.replace(/\.html?$/i, '.md')];
  return [...settings.indexFiles.map((f) => `${clean}/${f}`), `${clean}.md`, `${clean}.html.md`];
}

/**
 * The workspace files a site-path or relative link may point at, most likely first. Candidates
 * outside the workspace roots are never produced, so `..` and absolute paths cannot leave it.
 */
export function candidateFilesForLink(link: Link, fromUri: string, roots: readonly string[], settings: SitePathSettings): string[] {
  if (link.path === undefined) return [];
  const out: string[] = [];
  const add = (uri: string | undefined, root: string): void => {
    if (uri && isInside(uri, root) && !out.includes(uri)) out.push(uri);
  };
  if (link.kind === 'relative') {
    const root = roots.find((r) => isInside(fromUri, r));
    if (!root) return [];
    if (link.path === '') return [fromUri];
    const target = joinUri(dirnameUri(fromUri), link.path);
    if (target) for (const v of variants(target, settings)) add(v, root);
  } else if (link.kind === 'site-path') {
    for (const root of roots) {
      for (const contentRoot of settings.contentRoots) {
        const base = contentRoot ? joinUri(root, contentRoot) : root;
        const target = base && joinUri(base, link.path.replace(/^\/+/, ''));
        if (target) for (const v of variants(target, settings)) add(v, root);
      }
    }
  }
  return out;
}
