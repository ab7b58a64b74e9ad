import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';

export const gradeOrder: Rule = {
  id: 'RD004',
  alias: 'grade-order',
  description: 'Within one track of a page, levels are listed in ascending grade order.',
  tags: ['ladder', 'grades'],
  defaultSeverity: 'warning',
  fixable: false,
  example: '## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n',
  correctExample: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const highest = new Map<string, { grade: number; title: string }>();
    for (const role of context.document.roles) {
      const claim = role.gradeClaims.find((c) => !c.malformed);
      const level = context.levelOfRole(role)?.level;
      if (!claim || !level) continue;
      const before = highest.get(level.track);
      if (before && claim.grade < before.grade) {
        const track = context.ladder.tracks.find((t) => t.id === level.track)?.title ?? level.track;
        findings.push({
          ruleId: this.id,
          range: role.heading.textRange,
          message: `${role.title} (grade ${claim.grade}) comes after ${before.title} (grade ${before.grade}) on the ${track} track; list levels from the lowest grade up.`,
          data: { grade: claim.grade, previous: before.grade },
        });
      }
      if (!before || claim.grade >= before.grade) highest.set(level.track, { grade: claim.grade, title: role.title });
    }
    return findings;
  },
};
