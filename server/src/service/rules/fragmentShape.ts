import type { Link } from '../document/model';

/** How a link fragment is malformed in its writing, whatever page it points at. */
export type FragmentMistake = 'double-fragment' | 'stray-bracket';

/** A second `#` or a bracket can be in no heading id: the link was mistyped, not the heading renamed. */
export function fragmentMistake(fragment: string): FragmentMistake | undefined {
  if (fragment.includes('#')) return 'double-fragment';
  if (/[[\]]/.test(fragment)) return 'stray-bracket';
  return undefined;
}

/** A bare relative destination that reads as a heading id ("senior-backend-engineer"), not a file. */
export const BARE_SLUG = /^[\p{Ll}\p{N}][\p{Ll}\p{N}_-]*$/u;

/** A relative link written as a bare slug: whether a file answers it decides if it lacks its `#`. */
export function mayBeMissingHash(link: Pick<Link, 'kind' | 'fragment' | 'target'>): boolean {
  return link.kind === 'relative' && link.fragment === undefined && BARE_SLUG.test(link.target.trim());
}
