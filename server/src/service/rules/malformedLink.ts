import type { Finding } from '../types';
import type { RoleDocument } from '../document/model';
import type { Rule, RuleContext } from './ruleTypes';
import { proseMatches, spansHolding } from './proseMatches';
import { linkTargetMistakes } from './linkTargetMistakes';
import { linkTextMistakes } from './linkTextMistakes';

/**
 * A full `[text][label]` or collapsed `[text][]` reference left as text, which the parser does only
 * when the label has no definition. A lone `[text]` is prose and never matches.
 */
const UNRESOLVED_REFERENCE = /(?<!\\)\[([^[\]\n]{1,300})\]\[([^[\]\n]{0,300})\]/g;

/** Every such reference holds `][`: only text nodes with it are searched. */
const REFERENCE_HINT = /\]\[/g;

const normalizeLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

function unresolvedReferences(ruleId: string, document: RoleDocument): Finding[] {
  return proseMatches(document, UNRESOLVED_REFERENCE, spansHolding(document, REFERENCE_HINT)).flatMap(({ match, start, end }) => {
    const label = match[2] || match[1];
    // Footnote references and task-list boxes are not links.
    if (label.startsWith('^') || document.definitions.has(normalizeLabel(label))) return [];
    return [{
      ruleId,
      range: document.lines.rangeOf(start, end),
      message: `Undefined reference link '${match[0]}': add '[${label}]: …' or it renders as plain text.`,
      data: { kind: 'undefined-reference', label },
    }];
  });
}

export const malformedLink: Rule = {
  id: 'RD014',
  alias: 'malformed-link',
  description: 'A link is malformed: doubled parentheses around its target, an empty target, a reference with no definition, a target with spaces or without its "(", a level link without its "#", two fragments or a bracket in one.',
  tags: ['links'],
  defaultSeverity: 'warning',
  fixable: true,
  example: 'The Senior Paralegal is a [Grade 7]((/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades)).',
  correctExample: 'The Senior Paralegal is a [Grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    const findings: Finding[] = [];
    for (const link of document.links) {
      if (link.viaReference) continue;
      const mistake = linkTargetMistakes(this.id, context, link);
      if (mistake) {
        findings.push(mistake);
        continue;
      }
      const target = link.target.trim();
      if (link.kind === 'empty') {
        findings.push({
          ruleId: this.id,
          range: link.range,
          message: `Empty link target: say where '${link.text}' points, or drop the link.`,
          data: { kind: 'empty-target' },
        });
      } else if (target.length > 2 && target.startsWith('(') && target.endsWith(')') && link.targetRange) {
        const inner = target.slice(1, -1);
        findings.push({
          ruleId: this.id,
          range: link.targetRange,
          message: `Doubled parentheses around a link target: write '${inner}', not '${target}' (link '${link.text}').`,
          fixes: [{ title: 'Remove the extra parentheses', edits: [{ range: link.targetRange, newText: inner }], safe: true, preferred: true }],
          data: { kind: 'doubled-parentheses', target: inner },
        });
      }
    }
    findings.push(...unresolvedReferences(this.id, document), ...linkTextMistakes(this.id, document));
    return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};
