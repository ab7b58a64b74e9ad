import type { Role } from '../../document/model';
import { withoutTrailingParentheses } from '../../text/trimEnd';

/**
 * A title as a reader compares two: lower case, "Sr."/"Sr" as "senior", "&" as "and", punctuation
 * and markup as spaces. "Sr. Backend Engineer" and "senior backend engineer" compare equal.
 */
export function comparableTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word)
    .map((word) => (word === 'sr' ? 'senior' : word))
    .join(' ');
}

/** The comparable forms of a role's title: as written, and without a last "(…)" ("Backend Engineer (Intermediate)"). */
export function roleTitleKeys(title: string): string[] {
  const whole = comparableTitle(title);
  const bare = comparableTitle(withoutTrailingParentheses(title));
  return bare && bare !== whole ? [whole, bare] : [whole];
}

/** Whether every word of one title is in the other: a family name without its specialty, or a specialty title. */
export function wordsContained(a: string, b: string): boolean {
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  const within = (inner: Set<string>, outer: Set<string>) => [...inner].every((word) => outer.has(word));
  return within(wordsA, wordsB) || within(wordsB, wordsA);
}

/** The roles whose title (as written or without its last "(…)") compares equal to `key`. */
export function rolesWithTitle(roles: readonly Role[], key: string): Role[] {
  return roles.filter((role) => roleTitleKeys(role.title).includes(key));
}
