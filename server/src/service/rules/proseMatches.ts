import type { OffsetSpan, RoleDocument } from '../document/model';

export interface ProseMatch {
  match: RegExpMatchArray;
  /** Offsets of the whole match in the page. */
  start: number;
  end: number;
}

/** Every match of a global `pattern` in the page's prose (text nodes only, or the given ones), with page offsets. */
export function proseMatches(document: RoleDocument, pattern: RegExp, spans: readonly OffsetSpan[] = document.textSpans): ProseMatch[] {
  const found: ProseMatch[] = [];
  for (const span of spans) {
    for (const match of document.text.slice(span.start, span.end).matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      found.push({ match, start, end: start + match[0].length });
    }
  }
  return found;
}

/**
 * The text nodes in which the global `hint` matches. With a hint that matches inside every match of
 * a pattern, these are the only nodes the pattern needs searching; the page is scanned once, from
 * node to node, rather than each node sliced and searched.
 */
export function spansHolding(document: RoleDocument, hint: RegExp): OffsetSpan[] {
  const out: OffsetSpan[] = [];
  const { text } = document;
  // The first hint match at or after `searchedFrom` begins at `hitAt` (text.length when none).
  let searchedFrom = -1;
  let hitAt = -1;
  for (const span of document.textSpans) {
    if (span.start < searchedFrom || span.start > hitAt) {
      hint.lastIndex = span.start;
      searchedFrom = span.start;
      hitAt = hint.exec(text)?.index ?? text.length;
    }
    if (hitAt < span.end) out.push(span);
  }
  return out;
}

/** `word` written in the letter case of `like`: UPPER, Capitalised or lower. */
export function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] && like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word.toLowerCase();
}
