import { distance } from 'fastest-levenshtein';
import type { Finding } from '../types';
import type { Heading } from '../document/model';
import type { Rule, RuleContext } from './ruleTypes';
import { matchCase } from './proseMatches';

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
  description: 'A heading word is a misspelling of a section word of the ladder ("Responsibilties", "Requirments").',
  tags: ['structure', 'spelling'],
  defaultSeverity: 'warning',
  fixable: true,
  example: '#### Senior Responsibilties',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    const vocabulary = vocabularyOf(context.ladder.sectionVocabulary);
    const findings: Finding[] = [];
    for (const heading of document.headings) findings.push(...checkHeading(this.id, context, heading, vocabulary));
    return findings;
  },
};

type Vocabulary = { all: Set<string>; comparable: string[] };
/** Words of each ladder's vocabulary, and the closest section word of each heading word seen. */
const vocabularies = new WeakMap<Record<string, string[]>, { words: Vocabulary; closest: Map<string, string | undefined> }>();
/** Heading words are few, but a page can be edited long: the memo is emptied past this many. */
const MAX_REMEMBERED_WORDS = 20_000;

/** Every check compares every heading word with every section word: the answers are kept per ladder. */
function vocabularyOf(vocabulary: Record<string, string[]>): { words: Vocabulary; closest: Map<string, string | undefined> } {
  let found = vocabularies.get(vocabulary);
  if (!found) {
    found = { words: vocabularyWords(vocabulary), closest: new Map() };
    vocabularies.set(vocabulary, found);
  }
  return found;
}

function closestRemembered(word: string, vocabulary: { words: Vocabulary; closest: Map<string, string | undefined> }): string | undefined {
  if (vocabulary.closest.has(word)) return vocabulary.closest.get(word);
  const right = closestSectionWord(word, vocabulary.words);
  if (vocabulary.closest.size >= MAX_REMEMBERED_WORDS) vocabulary.closest.clear();
  // A copy, so the key does not hold the page's text alive.
  vocabulary.closest.set((' ' + word).slice(1), right);
  return right;
}

function checkHeading(ruleId: string, context: RuleContext, heading: Heading, vocabulary: { words: Vocabulary; closest: Map<string, string | undefined> }): Finding[] {
  const { document } = context;
  const start = document.lines.offsetAt(heading.textRange.start);
  const source = document.text.slice(start, document.lines.offsetAt(heading.textRange.end));
  const findings: Finding[] = [];
  for (const m of source.matchAll(WORD)) {
    const wrong = m[0];
    const right = closestRemembered(wrong, vocabulary);
    if (!right) continue;
    const replacement = matchCase(right, wrong);
    const at = start + (m.index ?? 0);
    const range = document.lines.rangeOf(at, at + wrong.length);
    findings.push({
      ruleId,
      range,
      message: `'${wrong}' in the heading '${heading.text}' looks like a misspelling of '${replacement}'.`,
      fixes: [{ title: `Change '${wrong}' to '${replacement}'`, edits: [{ range, newText: replacement }], safe: true, preferred: true }],
      data: { word: wrong, replacement },
    });
  }
  return findings;
}
