import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';

export const parseLimit: Rule = {
  id: 'RD102',
  alias: 'parse-limit',
  description: 'Part of the page was not checked: a block between two headings is too large to parse, or the page ran past its parse time budget.',
  tags: ['files', 'performance'],
  defaultSeverity: 'warning',
  fixable: false,
  example: 'One block between two headings longer than 100,000 characters (a table pasted whole, say), or a page still parsing after its time budget.',
  correctExample: 'The same content under headings of its own, each block well under 100,000 characters.',
  exampleLanguage: 'text',
  check(context: RuleContext): Finding[] {
    const hits = context.document.parseLimits;
    if (!hits.length) return [];
    const first = hits[0];
    const chars = hits.reduce((n, h) => n + h.chars, 0);
    const why =
      first.reason === 'size'
        ? `a block of ${first.chars} characters between headings is over the parse size limit; add headings to split it`
        : 'the page ran past its parse time budget';
    // One finding per page: the first skipped block, with the total left unchecked.
    return [
      {
        ruleId: this.id,
        range: { start: first.range.start, end: first.range.start },
        message: `Not checked: ${chars} characters from line ${first.range.start.line + 1}; ${why}.`,
        data: { blocks: hits.length, chars, reason: first.reason },
      },
    ];
  },
};
