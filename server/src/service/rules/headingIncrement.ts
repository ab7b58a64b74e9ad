import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';

export const headingIncrement: Rule = {
  id: 'RD009',
  alias: 'heading-increment',
  description: 'A heading skips a level (an H2 followed by an H4), or the page has more than one H1.',
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
            message: `The page has more than one H1; '${h.text}' is a second one after line ${line}.`,
            data: { kind: 'extra-h1', firstLine: line },
          });
        }
      }
      const previous = headings[i - 1];
      if (!previous || h.depth <= previous.depth + 1) continue;
      const expected = previous.depth + 1;
      const marks = context.document.lines.rangeOf(h.startOffset, h.startOffset + marksLength(context.document.text, h.startOffset));
      findings.push({
        ruleId: this.id,
        range: h.textRange,
        message: `Heading jumps from H${previous.depth} to H${h.depth}; a heading may go at most one level deeper than the one before it.`,
        fixes: marks.start.line === marks.end.line && marks.end.character > marks.start.character
          ? [{ title: `Make '${h.text}' an H${expected}`, edits: [{ range: marks, newText: '#'.repeat(expected) }], safe: false }]
          : undefined,
        data: { kind: 'skip', from: previous.depth, to: h.depth },
      });
    }
    return findings;
  },
};

/** Length of the ATX `#` run at `offset`, 0 for a setext heading. */
function marksLength(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t') && i - offset < 3) i++;
  const from = i;
  while (text[i] === '#') i++;
  return i - from === 0 ? 0 : i - offset;
}
