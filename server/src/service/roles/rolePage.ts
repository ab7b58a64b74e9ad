import type { RoleDocument } from '../document/model';
import type { Ladder } from '../ladder/types';
import { globMatches } from './globMatch';

/**
 * Whether a page is a role page of the ladder. A ladder that names its role pages (globs, front matter)
 * decides alone; otherwise a page is one when it names or states the level of a role of its own, so a
 * policy page with a "Responsibilities" heading is none.
 */
export function isRolePage(document: RoleDocument, ladder: Ladder, pagePath: string): boolean {
  const selection = ladder.rolePages;
  if (selection?.exclude?.some((glob) => globMatches(glob, pagePath))) return false;
  const named = (selection?.include?.length ?? 0) > 0 || Object.keys(selection?.frontMatter ?? {}).length > 0;
  if (named) return !!selection!.include?.some((glob) => globMatches(glob, pagePath)) || frontMatterMatches(document, selection!.frontMatter);
  return document.roles.some((role) => role.confident);
}

function frontMatterMatches(document: RoleDocument, wanted: Record<string, string | boolean> | undefined): boolean {
  const data = document.frontMatter?.data;
  if (!wanted || !data) return false;
  const entries = Object.entries(wanted);
  return entries.length > 0 && entries.every(([key, value]) => (value === true ? Object.hasOwn(data, key) : String(data[key] ?? '') === String(value)));
}
