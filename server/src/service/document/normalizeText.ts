import { detached } from '../detached';

/** Trims Unicode white space (NBSP, tabs, zero-width) as well as ASCII: real headings end in NBSP. */
export function trimUnicode(text: string): string {
  return text.replace(/^[\s\u00a0\u200b\u200c\u200d\ufeff]+|(?<![\s\u00a0\u200b\u200c\u200d\ufeff])[\s\u00a0\u200b\u200c\u200d\ufeff]+$/gu, ''); // lookbehind: a trailing run is tried once, not from each of its characters
}

/** Text as compared between headings, titles and link texts: trimmed, inner runs of space folded. */
export function normalizeTitle(text: string): string {
  let normalized = normalizedTitles.get(text);
  if (normalized === undefined) {
    if (normalizedTitles.size >= MAX_NORMALIZED_TITLES) normalizedTitles.clear();
    // Detached, key and value: a heading's text is a view into its page, which the memo must not keep alive.
    normalized = detached(trimUnicode(text.replace(/\*\*|__/g, '')).replace(/[\s\u00a0]+/gu, ' '));
    normalizedTitles.set(detached(text), normalized);
  }
  return normalized;
}

/** Per text: a large page's rules normalise the same few thousand headings on every keystroke. */
const normalizedTitles = new Map<string, string>();
const MAX_NORMALIZED_TITLES = 20_000;

/** `normalizeTitle` in lower case, as titles are compared: memoised the same way. */
export function comparableTitle(text: string): string {
  let lowered = loweredTitles.get(text);
  if (lowered === undefined) {
    if (loweredTitles.size >= MAX_NORMALIZED_TITLES) loweredTitles.clear();
    lowered = detached(normalizeTitle(text).toLowerCase());
    loweredTitles.set(detached(text), lowered);
  }
  return lowered;
}

const loweredTitles = new Map<string, string>();
