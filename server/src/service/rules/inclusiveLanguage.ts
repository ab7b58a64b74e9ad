import type { Finding } from '../types';
import type { InclusiveTerm } from '../ladder/types';
import type { Rule, RuleContext } from './ruleTypes';
import { matchCase, proseMatches, spansHolding } from './proseMatches';
import { notAUse } from './termMentions';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** A whole-word, case-insensitive pattern for a phrase; its spaces match any run of white space. */
function phrasePattern(phrase: string): string {
  // Straight and typographic apostrophes are the same letter to a reader.
  return phrase.trim().split(/\s+/).map((w) => escape(w).replace(/['\u2019]/g, "['\u2019]")).join('\\s+');
}

function wholeWords(phrase: string): RegExp {
  return new RegExp(`${WORD_BEFORE}${phrasePattern(phrase)}${WORD_AFTER}`, 'giu');
}

/** Compiled once per ladder term: every page is checked against the same few patterns. */
const compiledTerms = new WeakMap<InclusiveTerm, { term: RegExp; exceptions: RegExp[] }>();

function patternsOf(term: InclusiveTerm): { term: RegExp; exceptions: RegExp[] } {
  let compiled = compiledTerms.get(term);
  if (!compiled) {
    compiled = { term: wholeWords(term.term), exceptions: (term.exceptions ?? []).map(wholeWords) };
    compiledTerms.set(term, compiled);
  }
  return compiled;
}

/**
 * Any term's words, without the word boundaries: a span this does not match holds no term, so the
 * per-term patterns (one pass each over the prose) run only on the few spans that might.
 */
const anyTermByList = new WeakMap<readonly InclusiveTerm[], RegExp | null>();

function anyTermPattern(terms: readonly InclusiveTerm[]): RegExp | null {
  if (!anyTermByList.has(terms)) {
    const phrases = terms.filter((t) => t.term.trim()).map((t) => phrasePattern(t.term));
    anyTermByList.set(terms, phrases.length ? new RegExp(phrases.join('|'), 'giu') : null);
  }
  return anyTermByList.get(terms)!;
}

/** Offsets covered by the term's exceptions ("Master's degree" for "master"). */
function exceptionSpans(text: string, offset: number, exceptions: RegExp[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of exceptions) {
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
  description: "A term from the ladder's inclusive-language list used in prose, with the replacements it suggests; the word mentioned (quoted, \"instead of …\"), a name (a product, a course, a branch, a path) or the verb \"to master\" is not reported.",
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
  correctExample: 'Each salesperson owns a territory.',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    const allow = allowedTerms(context.options);
    const findings: Finding[] = [];
    const anyTerm = anyTermPattern(context.ladder.inclusiveLanguage);
    const spans = anyTerm ? spansHolding(document, anyTerm) : [];
    if (!spans.length) return findings;
    for (const term of context.ladder.inclusiveLanguage) {
      if (allow.has(term.term.trim().toLowerCase()) || !term.term.trim()) continue;
      const patterns = patternsOf(term);
      const matches = proseMatches(document, patterns.term, spans);
      if (!matches.length) continue;
      const exceptions = patterns.exceptions.length
        ? spans.flatMap((s) => exceptionSpans(document.text.slice(s.start, s.end), s.start, patterns.exceptions))
        : [];
      for (const { match, start, end } of matches) {
        if (exceptions.some(([a, b]) => start >= a && end <= b)) continue;
        // Mentioned, a name or the verb: replacing it would misquote or break the name.
        if (notAUse(document, start, end, document.links)) continue;
        const written = match[0];
        const range = document.lines.rangeOf(start, end);
        const options = term.replacements.map((r) => `'${matchCase(r, written)}'`).join(', ');
        findings.push({
          ruleId: this.id,
          range,
          message: `Non-inclusive term '${written}': consider ${options}.`,
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
