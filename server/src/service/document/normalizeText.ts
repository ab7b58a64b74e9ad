import { TextMemo } from '../text/textMemo';

/** Trims Unicode white space (NBSP, tabs, zero-width) as well as ASCII: real headings end in NBSP. */
export function trimUnicode(text: string): string {
  return text.replace(/^[\s\u00a0\u200b\u200c\u200d\ufeff]+|(?<![\s\u00a0\u200b\u200c\u200d\ufeff])[\s\u00a0\u200b\u200c\u200d\ufeff]+$/gu, ''); // lookbehind: a trailing run is tried once, not from each of its characters
}

/** Text as compared between headings, titles and link texts: trimmed, inner runs of space folded. */
export function normalizeTitle(text: string): string {
  return normalizedTitles.get(text, (t) => trimUnicode(t.replace(/\*\*|__/g, '')).replace(/[\s\u00a0]+/gu, ' '));
}

/** `normalizeTitle` in lower case, as titles are compared. */
export function lowerCaseTitle(text: string): string {
  return lowerCaseTitles.get(text, (t) => normalizeTitle(t).toLowerCase());
}

const normalizedTitles = new TextMemo<string>(20_000);
const lowerCaseTitles = new TextMemo<string>(20_000);
