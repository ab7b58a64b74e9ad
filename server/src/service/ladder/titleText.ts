import { TextMemo } from '../text/textMemo';

/** Heading or subject text reduced to plain words: no markdown, no heading marks, single spaces. */
export function normalizeTitle(raw: string): string {
  return raw
    .replace(/\[([^\][]*)\]\([^)\]]*\)/g, '$1') // [text](link) → text; no `[`/`]` inside keeps `[[[…` linear
    .replace(/[*`]/g, '')
    .replace(/(^|\s)_+|(?<!_)_+(?=\s|$)/g, '$1') // _emphasis_ and __strong__, but not snake_case; lookbehind keeps `___…` linear
    .replace(/\s+/g, ' ') // \s covers NBSP and the other Unicode spaces
    .trim()
    .replace(/^#{1,6} /, '')
    .replace(/^the /i, '');
}

const wordCharacter = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && wordCharacter.test(character);
}

export type PhrasePlace = 'anywhere' | 'start' | 'end';

/**
 * Finds `phrase` as whole words, ignoring case, in a title already passed through lowerSameLength
 * (lowered once, matched against many phrases), without building a regular expression from either.
 * A phrase edge that is punctuation ("Manager,") needs no word boundary there. Returns the first start index or -1.
 */
export function findLoweredPhrase(loweredTitle: string, phrase: string, place: PhrasePlace): number {
  const needle = loweredPhrases.get(phrase, (p) => lowerSameLength(p.trim()));
  return needle ? scan(loweredTitle, needle, place) : -1;
}

/** Phrases come from the ladder, a few hundred, each matched against every title the page holds. */
const loweredPhrases = new TextMemo<string>(5_000);

// Lower-cases character by character, keeping any character whose lower case is longer, so indices stay valid.
export function lowerSameLength(text: string): string {
  // ASCII lowers one for one, whole or by character alike.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return Array.from(text, (character) => {
    const lower = character.toLowerCase();
    return lower.length === character.length ? lower : character;
  }).join('');
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

function scan(haystack: string, needle: string, place: PhrasePlace): number {
  const checkBefore = isWordCharacter(needle[0]);
  const checkAfter = isWordCharacter(needle[needle.length - 1]);
  let from = place === 'end' ? Math.max(0, haystack.length - needle.length) : 0;
  for (;;) {
    const index = haystack.indexOf(needle, from);
    if (index < 0) return -1;
    const end = index + needle.length;
    const boundedBefore = !checkBefore || !isWordCharacter(haystack[index - 1]);
    const boundedAfter = !checkAfter || !isWordCharacter(haystack[end]);
    const placed = place === 'anywhere' || (place === 'start' ? index === 0 : end === haystack.length);
    if (boundedBefore && boundedAfter && placed) return index;
    if (place === 'start') return -1;
    from = index + 1;
  }
}
