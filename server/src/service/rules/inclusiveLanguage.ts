import type { Finding } from '../types';
import type { InclusiveTerm } from '../ladder/types';
import type { Rule, RuleContext } from './ruleTypes';
import { matchCase, proseMatches } from './proseMatches';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** A whole-word, case-insensitive pattern for a phrase; its spaces match any run of white space. */
function phrasePattern(phrase: string): string {
  // Straight and typographic apostrophes are the same letter to a reader.
  return phrase.trim().split(/\s+/).map((w) => escape(w).replace(/['\u2019]/g, "['\u2019]")).join('\\s+');
}

function termPattern(term: InclusiveTerm): RegExp {
  return new RegExp(`${WORD_BEFORE}${phrasePattern(term.term)}${WORD_AFTER}`, 'giu');
}

/** Offsets covered by the term's exceptions ("Master's degree" for "master"). */
function exceptionSpans(text: string, offset: number, term: InclusiveTerm): [number, number][] {
  const spans: [number, number][] = [];
  for (const exception of term.exceptions ?? []) {
    const pattern = new RegExp(`${WORD_BEFORE}${phrasePattern(exception)}${WORD_AFTER}`, 'giu');
    for (const m of text.matchAll(pattern)) spans.push([offset + (m.index ?? 0), offset + (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

function allowedTerms(options: Readonly<Record<string, unknown>>): Set<string> {
  const allow = options.allow;
  return new Set(Array.isArray(allow) ? allow.filter((a): a is string => typeof a === 'string').map((a) => a.trim().toLowerCase()) : []);
}

export const inclusiveLanguage: Rule = {
  id: 'RD015',
  alias: 'inclusive-language',
  description: "A term from the ladder's inclusive-language list, with the replacements it suggests.",
  tags: ['content', 'inclusive-language'],
  defaultSeverity: 'warning',
  fixable: true,
  options: {
    allow: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: "Terms of the ladder's list this workspace does not want reported, matched ignoring case.",
    },
  },
  example: 'Each salesman owns a territory.',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    const allow = allowedTerms(context.options);
    const findings: Finding[] = [];
    for (const term of context.ladder.inclusiveLanguage) {
      if (allow.has(term.term.trim().toLowerCase()) || !term.term.trim()) continue;
      const exceptions = document.textSpans.flatMap((s) => exceptionSpans(document.text.slice(s.start, s.end), s.start, term));
      for (const { match, start, end } of proseMatches(document, termPattern(term))) {
        if (exceptions.some(([a, b]) => start >= a && end <= b)) continue;
        const written = match[0];
        const range = document.lines.rangeOf(start, end);
        const options = term.replacements.map((r) => `'${matchCase(r, written)}'`).join(', ');
        findings.push({
          ruleId: this.id,
          range,
          message: `'${written}' is not inclusive language; consider ${options}.`,
          fixes: term.replacements.map((r, i) => ({
            title: `Replace '${written}' with '${matchCase(r, written)}'`,
            edits: [{ range, newText: matchCase(r, written) }],
            safe: false,
            preferred: i === 0,
          })),
          data: { term: term.term, replacements: term.replacements },
        });
      }
    }
    return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};
