import type { Role } from '../../document/model';
import { withoutTrailingParentheses } from '../../text/trimEnd';
import { TextMemo } from '../../text/textMemo';

/**
 * A title as a reader compares two: lower case, "Sr."/"Sr" as "senior", "&" as "and", punctuation
 * and markup as spaces. "Sr. Backend Engineer" and "senior backend engineer" compare equal.
 */
export function comparableTitle(title: string): string {
  return comparableTitles.get(title, () =>
    title
      .toLowerCase()
      .replace(/&/g, ' and ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word)
      .map((word) => (word === 'sr' ? 'senior' : word))
      .join(' '),
  );
}

/** Titles and claims are compared again on every check of a page: their forms are kept. */
const comparableTitles = new TextMemo<string>();
const familyTitles = new TextMemo<ReadonlySet<string>>();

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

/** Per page version's roles: a large page asks once per grade sentence that names someone else. */
const titleMaps = new WeakMap<readonly Role[], Map<string, Role[]>>();

/** The roles whose title (as written or without its last "(…)") compares equal to `key`. */
export function rolesWithTitle(roles: readonly Role[], key: string): readonly Role[] {
  let byTitle = titleMaps.get(roles);
  if (!byTitle) {
    byTitle = new Map();
    for (const role of roles) {
      for (const title of roleTitleKeys(role.title)) {
        const same = byTitle.get(title);
        if (same) same.push(role);
        else byTitle.set(title, [role]);
      }
    }
    titleMaps.set(roles, byTitle);
  }
  return byTitle.get(key) ?? [];
}

/** Words that join a title's parts and say nothing of its family. */
const JOINING_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'a', 'an']);

/**
 * The family a title names: its words without the level phrase the ladder matched, anything in
 * parentheses and joining words, each in the singular ("Managers" as "manager").
 */
export function familyWords(title: string, levelPhrase: string | undefined): ReadonlySet<string> {
  return familyTitles.get(`${levelPhrase ?? ''}\u0000${title}`, () => wordsOfFamily(title, levelPhrase));
}

function wordsOfFamily(title: string, levelPhrase: string | undefined): Set<string> {
  let text = title.replace(/\([^()]*\)/g, ' ');
  if (levelPhrase) {
    const at = text.toLowerCase().indexOf(levelPhrase.toLowerCase());
    if (at >= 0) text = `${text.slice(0, at)} ${text.slice(at + levelPhrase.length)}`;
  }
  const words = comparableTitle(text)
    .split(' ')
    .filter((word) => word && word !== 'senior' && !JOINING_WORDS.has(word));
  return new Set(words.map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)));
}

export const sameWords = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((word) => b.has(word));
export const sharesWord = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((word) => b.has(word));
