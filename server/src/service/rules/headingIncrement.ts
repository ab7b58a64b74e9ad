import type { Finding, Fix, TextEdit } from '../types';
import type { RoleDocument } from '../document/model';
import type { Rule, RuleContext } from './ruleTypes';

export const headingIncrement: Rule = {
  id: 'RD009',
  alias: 'heading-increment',
  description: 'A heading skips a level (an H2 followed by an H4), or the page has more than one H1; the fix moves the whole run of headings up together.',
  tags: ['structure', 'headings'],
  defaultSeverity: 'warning',
  fixable: true,
  example: '## Backend Engineer\n\n#### Job Grade',
  correctExample: '## Backend Engineer\n\n### Job Grade',
  check(context: RuleContext): Finding[] {
    const { headings } = context.document;
    const findings: Finding[] = [];
    let firstH1: number | undefined;
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i];
      // The front matter title renders as the page's H1 only in the layout, so it is not counted.
      if (h.depth === 1) {
        if (firstH1 === undefined) firstH1 = i;
        else {
          const line = headings[firstH1].range.start.line + 1;
          findings.push({
            ruleId: this.id,
            range: h.textRange,
            message: `Second H1 '${h.text}': make it an H2; the page's H1 is on line ${line}.`,
            data: { kind: 'extra-h1', firstLine: line },
          });
        }
      }
      const previous = headings[i - 1];
      if (!previous || h.depth <= previous.depth + 1) continue;
      const expected = previous.depth + 1;
      findings.push({
        ruleId: this.id,
        range: h.textRange,
        message: `Heading jumps from H${previous.depth} to H${h.depth}: make it H${previous.depth + 1}, one level deeper at most.`,
        fixes: runFix(context.document, i, expected),
        data: { kind: 'skip', from: previous.depth, to: h.depth },
      });
    }
    return findings;
  },
};

/**
 * Moves the heading at `first` to depth `expected`, and with it the rest of its run (its siblings
 * and the headings under them, up to the first shallower heading) by as many levels: moving only
 * the first would leave its siblings deeper than it and their children where they were.
 */
function runFix(document: RoleDocument, first: number, expected: number): Fix[] | undefined {
  const { headings } = document;
  const head = headings[first];
  const shift = head.depth - expected;
  const edits: TextEdit[] = [];
  for (let j = first; j < headings.length && (j === first || headings[j].depth >= head.depth); j++) {
    const marks = document.lines.rangeOf(headings[j].startOffset, headings[j].startOffset + marksLength(document.text, headings[j].startOffset));
    // A setext heading has no marks to change, and a run half moved is worse than none.
    if (marks.start.line !== marks.end.line || marks.end.character <= marks.start.character) return undefined;
    edits.push({ range: marks, newText: '#'.repeat(headings[j].depth - shift) });
  }
  const others = edits.length - 1;
  const title = others
    ? `Make '${head.text}' an H${expected}, and move the ${others} heading${others === 1 ? '' : 's'} of its run up with it`
    : `Make '${head.text}' an H${expected}`;
  return [{ title, edits, safe: false }];
}

/** Length of the ATX `#` run at `offset`, 0 for a setext heading. */
function marksLength(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t') && i - offset < 3) i++;
  const from = i;
  while (text[i] === '#') i++;
  return i - from === 0 ? 0 : i - offset;
}
