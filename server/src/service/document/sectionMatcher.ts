import type { SectionKind } from '../ladder/types';
import { normalizeTitle } from './normalizeText';

export type SectionVocabulary = Record<SectionKind, string[]>;

export interface SectionMatch {
  kind: SectionKind;
  prefix?: string;
}

/** Matches are shared between calls with the same text: read-only. */
export type SectionMatcher = (headingText: string) => SectionMatch | undefined;

const MAX_REMEMBERED = 20_000;

const TRAILING_PUNCTUATION = /(?<![\s:\u00a0])[\s:\u00a0]+$/u; // lookbehind: tried once per run, not per character
const PREFIX_SEPARATOR = /(?<![\s\-\u2013\u2014:,])[\s\-\u2013\u2014:,]+$/u; // lookbehind: tried once per run, not per character

/** Recognises "Requirements" and level-prefixed "Staff Requirements" headings; longest phrase first. */
export function createSectionMatcher(vocabulary: SectionVocabulary): SectionMatcher {
  const phrases = Object.entries(vocabulary)
    .flatMap(([kind, words]) => words.map((w) => ({ kind: kind as SectionKind, phrase: normalizeTitle(w).toLowerCase() })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  // Every version of a page matches all its headings again, and headings repeat across pages.
  const known = new Map<string, SectionMatch | undefined>();
  return (headingText) => {
    if (known.has(headingText)) return known.get(headingText);
    if (known.size >= MAX_REMEMBERED) known.clear();
    const match = matchHeading(headingText);
    known.set(headingText, match);
    return match;
  };

  function matchHeading(headingText: string): SectionMatch | undefined {
    const text = normalizeTitle(headingText).replace(TRAILING_PUNCTUATION, '');
    const lower = text.toLowerCase();
    for (const { kind, phrase } of phrases) {
      if (lower === phrase) return { kind };
      if (lower.endsWith(phrase) && /[\s\-\u2013\u2014:,(]/u.test(lower[lower.length - phrase.length - 1] ?? '')) {
        const prefix = text.slice(0, text.length - phrase.length).replace(PREFIX_SEPARATOR, '').trim();
        return prefix ? { kind, prefix } : { kind };
      }
    }
    return undefined;
  }
}
