import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';
import { proseMatches, spansHolding } from './proseMatches';

/**
 * Placeholder words and unfilled template text, case-sensitive and whole words: "todo list" and
 * "scope to be defined" are prose. "To Be Defined (TBD)" is one placeholder, not two.
 */
const PLACEHOLDER =
  /(?<![\p{L}\p{N}_])(?:(?<spelled>To Be (?:Defined|Determined|Confirmed))(?: \(TBD\))?|(?<word>TBD|TODO)|(?<template>\{(?:add|insert|enter)\b[^{}\n]{0,200}\}))(?![\p{L}\p{N}_])/gu;

/** Text every placeholder holds: only text nodes with one of these are searched. */
const PLACEHOLDER_HINT = /TBD|TODO|To Be |\{(?:add|insert|enter)/g;

export const placeholder: Rule = {
  id: 'RD007',
  alias: 'placeholder',
  description: 'The page holds a placeholder ("TBD", "TODO", "To Be Defined") or unfilled template text ("{add the role name}").',
  tags: ['content'],
  defaultSeverity: 'warning',
  fixable: false,
  example: '## Performance Indicators\n\n- TBD',
  correctExample: '## Performance Indicators\n\n- Pipelines that run on time.',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    return proseMatches(document, PLACEHOLDER, spansHolding(document, PLACEHOLDER_HINT)).map(({ match, start, end }) => {
      const written = match[0];
      const message = match.groups?.template
        ? `Unfilled template text '${written}'; replace it with the real content.`
        : `Placeholder '${written}'; replace it with the real content or remove it.`;
      return { ruleId: this.id, range: document.lines.rangeOf(start, end), message, data: { placeholder: written } };
    });
  },
};
