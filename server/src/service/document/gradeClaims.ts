import type { GradeClaim } from './model';
import type { LineIndex } from '../text/lineIndex';
import { trimUnicode } from './normalizeText';

// "job grade [12](…)": the number alone may be the link's text.
const GRADE_NUMBER = /\b(?:job[ \t]+)?grade[ \t]*\[?[ \t]*(#?)[ \t]*(\d{1,3}(?:\.\d+)?)/dgi;
/** "is a [10](…)": a linked number without the word; a claim only if the link is a grade link (buildRoleDocument decides). */
const LINKED_NUMBER = /(?<=\[[ \t]{0,3})(#?)[ \t]{0,3}(\d{1,3}(?:\.\d{1,3})?)[ \t]{0,3}(?=\]\()/dg;
/** What must stand before the grade for it to be a claim: "is a [", "are ", "is [". */
const COPULA_BEFORE = /\b(?:is|are)[ \t]+(?:an?[ \t]+)?\[?[ \t]*$/i;
// An abbreviation's dot ("Sr.", "Jr.", "Mgr.") ends no sentence: "The Sr. Director, X is a grade 11" names the Sr. Director.
const SENTENCE_START = /(?:^#*[ \t]*|(?<!\b(?:Sr|Jr|Mr|Ms|Mrs|Dr|St|Mgr|Assoc|Asst|vs))[.!?:;|]\s+|\n\s*(?:[-*+]|\d+\.)?\s*|(?<!#)#+\s+)(?=\S)/g;
const GENERIC_SUBJECT = /^(?:it|they|(?:this|the|each|every)?\s*(?:role|position|job|level|job family|title)s?)$/i;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const TRAILING_ROLE_WORD = /(?<!\s)\s+(?:role|position)$/i;
const LINK_MARKUP = /\[([^\][]*)\]\([^)\]]*\)/g;

/** Finds "The X is a [grade N](link)" claims in one block of source starting at `offset`. */
export function findGradeClaims(source: string, offset: number, lines: LineIndex, inHeading: boolean): GradeClaim[] {
  const claims: GradeClaim[] = [];
  const worded = [...source.matchAll(GRADE_NUMBER)];
  const bare = [...source.matchAll(LINKED_NUMBER)].map((m) => Object.assign(m, { bareNumber: true }));
  for (const m of [...worded, ...bare].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
    const at = m.index ?? 0;
    const window = source.slice(Math.max(0, at - 12), at);
    const copula = COPULA_BEFORE.exec(window);
    if (!copula) continue;
    const copulaStart = at - window.length + copula.index;
    const subject = findSubject(source, copulaStart);
    const indices = m.indices!;
    const valueStart = m[1] ? indices[1]![0] : indices[2]![0];
    const valueEnd = indices[2]![1];
    const value = source.slice(valueStart, valueEnd).replace(/[ \t]/g, '');
    let end = at + m[0].length;
    if ('bareNumber' in m) while (source[end] === ' ' || source[end] === '\t') end++;
    let linkTarget: string | undefined;
    let linkTargetRange: GradeClaim['linkTargetRange'];
    if (source[end] === ']' && source[end + 1] === '(') {
      const close = findClosingParen(source, end + 1);
      if (close !== -1) {
        linkTarget = source.slice(end + 2, close);
        linkTargetRange = lines.rangeOf(offset + end + 2, offset + close);
        end = close + 1;
      } else end += 1;
    } else if (source[end] === ']') end += 1;
    const claimStart = subject ? subject.start : copulaStart;
    claims.push({
      subject: subject?.text,
      subjectRange: subject ? lines.rangeOf(offset + subject.start, offset + subject.end) : undefined,
      value,
      grade: Number(m[2]),
      malformed: m[1] ? 'hash' : m[2].includes('.') ? 'decimal' : undefined,
      valueRange: lines.rangeOf(offset + valueStart, offset + valueEnd),
      range: lines.rangeOf(offset + claimStart, offset + end),
      linkTarget,
      linkTargetRange,
      startOffset: offset + claimStart,
      inHeading,
      ...('bareNumber' in m ? { bareNumber: true } : {}),
    });
  }
  return claims;
}

/** The subject is the sentence text before "is", with "The" and link markup removed. */
function findSubject(source: string, copulaStart: number): { text: string; start: number; end: number } | undefined {
  const before = source.slice(Math.max(0, copulaStart - 200), copulaStart);
  const base = copulaStart - before.length;
  let sentenceStart = 0;
  for (const s of before.matchAll(SENTENCE_START)) sentenceStart = (s.index ?? 0) + s[0].length;
  const rawSubject = before.slice(sentenceStart);
  const leading = rawSubject.length - rawSubject.trimStart().length;
  const trimmed = trimUnicode(rawSubject);
  if (!trimmed) return undefined;
  const text = trimUnicode(trimmed.replace(LINK_MARKUP, '$1').replace(/\*\*|__|`/g, '').replace(LEADING_ARTICLE, '').replace(TRAILING_ROLE_WORD, ''));
  if (!text || GENERIC_SUBJECT.test(text)) return undefined;
  const start = base + sentenceStart + leading;
  return { text, start, end: start + trimmed.length };
}

/** Index of the `)` closing the `(` at `open`, allowing one level of nesting and `{{< … >}}`. */
function findClosingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length && i < open + 400; i++) {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '\n' && source[i + 1] === '\n') return -1;
  }
  return -1;
}
