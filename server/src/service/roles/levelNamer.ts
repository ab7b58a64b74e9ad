import { classifyTitle } from '../ladder/classifyTitle';
import type { Ladder, Level, LevelMatchResult } from '../ladder/types';
import { detached } from '../detached';

/** Enough for every heading of a large handbook; past it the memo starts afresh rather than grow. */
const MAX_REMEMBERED = 20_000;

/** The level a title names in so many words (its title, code, alias or match phrase), or undefined; with `withBase`, the track's base level when it names none. */
export type LevelNamer = (title: string) => LevelMatchResult | undefined;

/**
 * Headings repeat across pages and versions, and naming depends on the ladder and the text only: one
 * memo per ladder. Only explicit names count: a title with no level word names no level here.
 */
export function createLevelNamer(ladder: Ladder, options: { withBase?: boolean } = {}): LevelNamer {
  const memo = new Map<string, LevelMatchResult | undefined>();
  return (title) => {
    if (memo.has(title)) return memo.get(title);
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    const found = classifyTitle(ladder, title);
    const kept = found && (found.explicit || options.withBase) ? found : undefined;
    const named = kept?.matched === undefined ? kept : { ...kept, matched: detached(kept.matched) };
    // Detached: a heading's text is a view into its page, which the memo must not keep alive.
    memo.set(detached(title), named);
    return named;
  };
}

/** The level-code-shaped word of a title whose code the ladder lacks ("IC7" when codes run IC1–IC6), or undefined. */
export type UnknownCodeFinder = (title: string) => string | undefined;

/**
 * Made once per ladder from its codes: the letters before each code's number ("IC" of "IC3") tell
 * which words are level-shaped. A ladder without codes finds none.
 */
export function createUnknownCodeFinder(levels: readonly Level[]): UnknownCodeFinder {
  const prefixes = new Set<string>();
  const known = new Set<string>();
  for (const level of levels) {
    const code = level.code?.toUpperCase();
    if (!code) continue;
    known.add(code.replace('-', ''));
    const shape = /^([A-Z]{1,4})-?\d{1,2}$/.exec(code);
    if (shape) prefixes.add(shape[1]);
  }
  if (!prefixes.size) return () => undefined;
  return (title) => {
    for (const match of title.matchAll(/(?<![\p{L}\p{N}])([A-Za-z]{1,4})-?(\d{1,2})(?![\p{L}\p{N}])/gu)) {
      if (prefixes.has(match[1].toUpperCase()) && !known.has(`${match[1]}${match[2]}`.toUpperCase())) return match[0];
    }
    return undefined;
  };
}
