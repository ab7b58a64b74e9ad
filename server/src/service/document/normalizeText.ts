/** Trims Unicode white space (NBSP, tabs, zero-width) as well as ASCII: real headings end in NBSP. */
export function trimUnicode(text: string): string {
  return text.replace(/^[\s\u00a0\u200b\u200c\u200d\ufeff]+|(?<![\s\u00a0\u200b\u200c\u200d\ufeff])[\s\u00a0\u200b\u200c\u200d\ufeff]+$/gu, ''); // lookbehind: a trailing run is tried once, not from each of its characters
}

/** Text as compared between headings, titles and link texts: trimmed, inner runs of space folded. */
export function normalizeTitle(text: string): string {
  return trimUnicode(text.replace(/\*\*|__/g, '')).replace(/[\s\u00a0]+/gu, ' ');
}
