import type { RoleDocument } from '../document/model';

export interface ProseMatch {
  match: RegExpMatchArray;
  /** Offsets of the whole match in the page. */
  start: number;
  end: number;
}

/** Every match of a global `pattern` in the page's prose (text nodes only), with page offsets. */
export function proseMatches(document: RoleDocument, pattern: RegExp): ProseMatch[] {
  const found: ProseMatch[] = [];
  for (const span of document.textSpans) {
    for (const match of document.text.slice(span.start, span.end).matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      found.push({ match, start, end: start + match[0].length });
    }
  }
  return found;
}

/** `word` written in the letter case of `like`: UPPER, Capitalised or lower. */
export function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] && like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word.toLowerCase();
}
