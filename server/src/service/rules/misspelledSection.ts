import { distance } from 'fastest-levenshtein';
import type { Finding } from '../types';
import type { Heading } from '../document/model';
import type { Rule, RuleContext } from './ruleTypes';
import { matchCase } from './proseMatches';
import { detached } from '../detached';
import { misspelledExtends } from './ladder/misspelledExtends';

/** Shorter section words ("Grade", "Career", "Levels") sit one letter from ordinary words. */
const MIN_WORD_LENGTH = 8;
/** At most this share of a word's letters may differ. */
const MAX_DIFFERENCE = 0.15;
const WORD = /\p{L}+/gu;

/** Single section words of the ladder's vocabulary, lower-cased, long enough to compare. */
function vocabularyWords(vocabulary: Record<string, string[]>): { all: Set<string>; comparable: string[] } {
  const all = new Set<string>();
  for (const phrases of Object.values(vocabulary)) for (const p of phrases) for (const w of p.toLowerCase().match(WORD) ?? []) all.add(w);
  return { all, comparable: [...all].filter((w) => w.length >= MIN_WORD_LENGTH).sort() };
}

/** The vocabulary word `word` misspells, if it is close enough and not merely another form of it. */
export function closestSectionWord(word: string, vocabulary: { all: Set<string>; comparable: string[] }): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD_LENGTH - 1 || vocabulary.all.has(lower)) return undefined;
  let best: { word: string; d: number } | undefined;
  for (const candidate of vocabulary.comparable) {
    // A plural or singular of a section word is a different word, not a typo.
    if (lower === `${candidate}s` || `${lower}s` === candidate) return undefined;
    const d = distance(lower, candidate);
    if (d === 0 || d / Math.max(lower.length, candidate.length) > MAX_DIFFERENCE) continue;
    if (!best || d < best.d) best = { word: candidate, d };
  }
  return best?.word;
}

export const misspelledSection: Rule = {
  id: 'RD006',
  alias: 'misspelled-section',
  description: 'A heading word is a misspelling of a section word of the ladder ("Responsibilties", "Requirments"), or an extends claim misspells "Extends" ("Exends that of …").',
  tags: ['structure', 'spelling'],
  defaultSeverity: 'warning',
  fixable: true,
  example: '#### Senior Responsibilties',
  correctExample: '#### Senior Responsibilities',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    const vocabulary = vocabularyOf(context.ladder.sectionVocabulary);
    const findings: Finding[] = [];
    for (const heading of document.headings) checkHeading(this.id, context, heading, vocabulary, findings);
    findings.push(...misspelledExtends(this.id, document));
    return findings;
  },
};

type Vocabulary = { all: Set<string>; comparable: string[] };
/** A ladder's section words, the closest of them to each heading word seen, and the misspellings of each heading text seen. */
interface RememberedVocabulary {
  words: Vocabulary;
  closest: Map<string, string | undefined>;
  headings: Map<string, readonly Misspelling[]>;
}
const vocabularies = new WeakMap<Record<string, string[]>, RememberedVocabulary>();
/** Heading words and texts are few, but a page can be edited long: each memo is emptied past this many entries. */
const MAX_REMEMBERED_WORDS = 20_000;

/** Every check compares every heading word with every section word: the answers are kept per ladder. */
function vocabularyOf(vocabulary: Record<string, string[]>): RememberedVocabulary {
  let found = vocabularies.get(vocabulary);
  if (!found) {
    found = { words: vocabularyWords(vocabulary), closest: new Map(), headings: new Map() };
    vocabularies.set(vocabulary, found);
  }
  return found;
}

function closestRemembered(word: string, vocabulary: RememberedVocabulary): string | undefined {
  if (vocabulary.closest.has(word)) return vocabulary.closest.get(word);
  const right = closestSectionWord(word, vocabulary.words);
  if (vocabulary.closest.size >= MAX_REMEMBERED_WORDS) vocabulary.closest.clear();
  vocabulary.closest.set(detached(word), right);
  return right;
}

function checkHeading(ruleId: string, context: RuleContext, heading: Heading, vocabulary: RememberedVocabulary, findings: Finding[]): void {
  const { document } = context;
  const found = misspellingsIn(heading.raw, vocabulary);
  if (!found.length) return;
  const start = document.lines.offsetAt(heading.textRange.start);
  for (const { index, wrong, replacement } of found) {
    const at = start + index;
    const range = document.lines.rangeOf(at, at + wrong.length);
    findings.push({
      ruleId,
      range,
      message: `Misspelled '${wrong}': write '${replacement}' (heading '${heading.text}').`,
      fixes: [{ title: `Change '${wrong}' to '${replacement}'`, edits: [{ range, newText: replacement }], safe: true, preferred: true }],
      data: { word: wrong, replacement },
    });
  }
}

interface Misspelling {
  /** Where the word starts in the heading's text. */
  index: number;
  wrong: string;
  replacement: string;
}

const NONE: readonly Misspelling[] = [];

/**
 * The misspelled words of a heading's text. A page's headings are checked again on every keystroke
 * and hardly any holds a misspelling: the answer is kept per heading text, so an unchanged heading
 * costs one look-up rather than a match per word.
 */
function misspellingsIn(source: string, vocabulary: RememberedVocabulary): readonly Misspelling[] {
  let found = vocabulary.headings.get(source);
  if (found) return found;
  const list: Misspelling[] = [];
  for (const m of source.matchAll(WORD)) {
    const right = closestRemembered(m[0], vocabulary);
    if (right) list.push({ index: m.index ?? 0, wrong: detached(m[0]), replacement: matchCase(right, m[0]) });
  }
  found = list.length ? list : NONE;
  if (vocabulary.headings.size >= MAX_REMEMBERED_WORDS) vocabulary.headings.clear();
  vocabulary.headings.set(detached(source), found);
  return found;
}

/** A heading's text with its misspelled section words corrected, or undefined when it has none. */
export function correctedHeading(ladder: { sectionVocabulary: Record<string, string[]> }, raw: string): string | undefined {
  const found = misspellingsIn(raw, vocabularyOf(ladder.sectionVocabulary));
  if (!found.length) return undefined;
  let out = raw;
  for (const { index, wrong, replacement } of [...found].reverse()) out = out.slice(0, index) + replacement + out.slice(index + wrong.length);
  return out;
}
