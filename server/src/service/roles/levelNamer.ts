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

/**
 * Code shapes of a ladder: the letters before the number of each level code ("IC" of "IC3", "L" of
 * "L4"), so a heading "IC7" can be told apart as a level the ladder does not have.
 */
export function codePrefixes(levels: readonly Level[]): Set<string> {
  const prefixes = new Set<string>();
  for (const level of levels) {
    const shape = /^([A-Za-z]{1,4})-?\d{1,2}$/.exec(level.code ?? '');
    if (shape) prefixes.add(shape[1].toUpperCase());
  }
  return prefixes;
}

/** A level-code-shaped word in a title whose code the ladder lacks ("IC7" when codes run IC1–IC6). */
export function unknownCodeIn(title: string, prefixes: Set<string>, levels: readonly Level[]): string | undefined {
  if (!prefixes.size) return undefined;
  const known = new Set(levels.map((level) => level.code?.toUpperCase()).filter(Boolean));
  for (const match of title.matchAll(/(?<![\p{L}\p{N}])([A-Za-z]{1,4})-?(\d{1,2})(?![\p{L}\p{N}])/gu)) {
    const code = match[0].toUpperCase();
    if (prefixes.has(match[1].toUpperCase()) && !known.has(code) && !known.has(code.replace('-', ''))) return match[0];
  }
  return undefined;
}
