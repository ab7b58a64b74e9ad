import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';
import { proseMatches, spansHolding } from './proseMatches';
import { strayBraces } from './strayBraces';

/**
 * Placeholder words and unfilled template text, case-sensitive and whole words: "todo list" and
 * "scope to be defined" are prose. "To Be Defined (TBD)" is one placeholder, not two; "To be
 * defined …" only where it starts a sentence (all the sentence says). A template is a brace pair
 * around an instruction ("{add …}") or a capitalised name of two words or more ("{Role Name}"; a
 * lone "{Level}" is mostly a variable written about); `{:.class}`, `{#id}` and `{{< … >}}` start
 * with no letter and are not taken.
 */
const PLACEHOLDER =
  /(?<![\p{L}\p{N}_])(?:(?<spelled>To Be (?:Defined|Determined|Confirmed))(?: \(TBD\))?|(?<=^[ \t]{0,3}|[.!?][ \t]{1,3})(?<sentence>To be (?:defined|determined|confirmed))|(?<word>TBD|TODO)|(?<template>\{(?:[Aa]dd|[Ii]nsert|[Ee]nter)\b[^{}\n]{0,200}\}|\{\p{Lu}[\p{L}\p{N},.'&/-]*(?: [\p{L}\p{N},.'&/-]+){1,10}\}))(?![\p{L}\p{N}_])/gu;

/** Text every placeholder holds: only text nodes with one of these are searched. */
const PLACEHOLDER_HINT = /TBD|TODO|To Be |To be |[{}]/g;

/** Words before a template that mention it rather than leave it unfilled ("replace {Job Title} with …"). */
const MENTIONED_BEFORE = /\b(?:replac(?:e|es|ed|ing)|as|called|named|such as|like|e\.g\.)[ \t]*["'“‘]?$/i;

export const placeholder: Rule = {
  id: 'RD007',
  alias: 'placeholder',
  description: 'The page holds a placeholder ("TBD", "TODO", "To Be Defined"), unfilled template text ("{add the role name}", "The {Role Name} is …") or a stray brace left from a template.',
  tags: ['content'],
  defaultSeverity: 'warning',
  fixable: false,
  example: '## Performance Indicators\n\n- TBD',
  correctExample: '## Performance Indicators\n\n- Pipelines that run on time.',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    const spans = spansHolding(document, PLACEHOLDER_HINT);
    const findings = proseMatches(document, PLACEHOLDER, spans).flatMap(({ match, start, end }): Finding[] => {
      const written = match[0];
      const template = match.groups?.template;
      if (template && MENTIONED_BEFORE.test(document.text.slice(Math.max(0, start - 20), start))) return [];
      const message = template
        ? `Unfilled template text '${written}': replace it with the real content.`
        : `Placeholder '${written}': replace it with the real content or remove it.`;
      return [{ ruleId: this.id, range: document.lines.rangeOf(start, end), message, data: { placeholder: written } }];
    });
    findings.push(...strayBraces(this.id, document, spans));
    return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};
