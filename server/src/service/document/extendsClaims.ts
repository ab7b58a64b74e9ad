import type { ExtendsClaim, ExtendsKind, Link } from './model';
import { distance } from 'fastest-levenshtein';
import type { LineIndex } from '../text/lineIndex';

const EXTENDS_WORD = /\bextends?\b[ \t]+(?:that[ \t]+of[ \t]+)?(?:the[ \t]+)?/gi;
/**
 * A word one letter from "extend(s)" ("Exends", "Extneds") opens a claim only where "that of" or a
 * link follows, the shape no other sentence has; real words that near ("extent", "expends") never.
 */
const NEAR_EXTENDS_WORD = /(?<![\p{L}\p{N}_])(\p{L}{5,8})[ \t]+(?:that[ \t]+of[ \t]+(?:the[ \t]+)?|(?:the[ \t]+)?(?=\[))/giu;
const NOT_MISSPELLED = new Set(['extend', 'extends', 'extent', 'extents', 'expend', 'expends']);
const LINKED_ROLE = /^\[([^\]\n]{1,200})\]\([^()\s]*\)(?:[ \t]*(?:'s[ \t]+)?(responsibilities|requirements|role)\b)?/i;
const PLAIN_ROLE = /^([^.\n[\]();:]{1,150}?)[ \t]*(?:'s[ \t]+)?\b(responsibilities|requirements|role)\b/i;

/**
 * Finds "Extends that of the [X](#anchor) requirements" and "Extends the Senior requirements"
 * in one block of source starting at `offset`. `linksByOffset` maps a link's start to the link.
 */
export function findExtendsClaims(
  source: string,
  offset: number,
  lines: LineIndex,
  linksByOffset: Map<number, Link>,
): ExtendsClaim[] {
  const claims: ExtendsClaim[] = [];
  for (const m of claimOpenings(source)) {
    const start = m.index ?? 0;
    const after = start + m[0].length;
    const misspelled = m.misspelled ? { keyword: m[1], keywordRange: lines.rangeOf(offset + start, offset + start + m[1].length) } : {};
    const rest = source.slice(after, after + 400);
    const linked = LINKED_ROLE.exec(rest);
    if (linked) {
      const link = linksByOffset.get(offset + after);
      claims.push({
        roleText: linked[1].trim(),
        roleTextRange: lines.rangeOf(offset + after + 1, offset + after + 1 + linked[1].length),
        sectionKind: (linked[2]?.toLowerCase() as ExtendsKind | undefined) ?? 'role',
        link,
        range: lines.rangeOf(offset + start, offset + after + linked[0].length),
        startOffset: offset + start,
        ...misspelled,
      });
      continue;
    }
    const plain = m.misspelled && !/that[ \t]+of/i.test(m[0]) ? null : PLAIN_ROLE.exec(rest);
    if (!plain || !plain[1].trim()) continue;
    const roleText = plain[1].trim();
    claims.push({
      roleText,
      roleTextRange: lines.rangeOf(offset + after, offset + after + roleText.length),
      sectionKind: plain[2].toLowerCase() as ExtendsKind,
      range: lines.rangeOf(offset + start, offset + after + plain[0].length),
      startOffset: offset + start,
      ...misspelled,
    });
  }
  return claims;
}

type Opening = RegExpMatchArray & { misspelled?: boolean };

/** "Extends …" and its one-letter misspellings, in order of place. */
function claimOpenings(source: string): Opening[] {
  const openings: Opening[] = [...source.matchAll(EXTENDS_WORD)];
  for (const m of source.matchAll(NEAR_EXTENDS_WORD)) {
    const word = m[1].toLowerCase();
    if (NOT_MISSPELLED.has(word) || !(oneLetterFrom(word, 'extends') || oneLetterFrom(word, 'extend'))) continue;
    openings.push(Object.assign(m, { misspelled: true }));
  }
  return openings.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

/** One letter added, dropped, changed, or two neighbours swapped ("extneds"). */
function oneLetterFrom(word: string, right: string): boolean {
  if (distance(word, right) === 1) return true;
  if (word.length !== right.length) return false;
  const differ = [...word].flatMap((c, i) => (c === right[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && word[differ[0]] === right[differ[1]] && word[differ[1]] === right[differ[0]];
}
