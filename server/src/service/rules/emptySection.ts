import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';
import { sectionTitle } from './ladder/missingSection';

export const emptySection: Rule = {
  id: 'RD008',
  alias: 'empty-section',
  description: 'A section the ladder requires is present but has nothing under its heading.',
  tags: ['ladder', 'structure'],
  defaultSeverity: 'warning',
  fixable: false,
  example: '### Requirements\n\n### Performance Indicators',
  correctExample: '### Requirements\n\n- Two years of SQL.\n\n### Performance Indicators\n\n- Pipelines that run on time.',
  check(context: RuleContext): Finding[] {
    const { document, ladder } = context;
    const required = new Set([...ladder.requiredRoleSections, ...ladder.requiredPageSections]);
    const roleOf = new Map(document.roles.flatMap((r) => r.sections.map((s) => [s, r] as const)));
    return document.sections
      .filter((s) => required.has(s.kind) && !s.hasContent)
      .map((section) => {
        const role = roleOf.get(section);
        const where = role ? ` of the ${role.title} role` : '';
        return {
          ruleId: this.id,
          range: section.heading.textRange,
          message: `Empty ${sectionTitle(context.ladder, section.kind)} section${where}: fill it in or remove the heading.`,
          data: { kind: section.kind, ...(role ? { role: role.title } : {}) },
        };
      });
  },
};
