import type { Finding } from '../../types';
import type { Role } from '../../document/model';
import type { Ladder, Level } from '../../ladder/types';
import type { Rule, RuleContext } from '../ruleTypes';
import { repeatedRoles } from './repeatedRoleHeadings';

/** Position of a level within its track: its rank when the ladder gives one, else its place in the list. */
export function levelOrder(ladder: Ladder, level: Level): number {
  return level.rank ?? ladder.levels.filter((l) => l.track === level.track).indexOf(level);
}

/**
 * Roles of one family on one track: the title without its level words ("Backend Engineer" for "Senior
 * Backend Engineer"), so two families listed on one page are not compared with each other.
 */
function familyKey(role: Role, level: Level, codes: ReadonlySet<string>): string {
  const matched = role.level?.matched?.toLowerCase();
  let stem = role.title.toLowerCase();
  if (matched) stem = stem.replace(matched, ' ');
  // Level codes, parenthesised levels ("Designer (L2)") and "Sr."/"Jr." are not part of the family's name.
  const words = stem.replace(/\([^()]*\)/g, ' ').split(/[^\p{L}\p{N}]+/u);
  stem = words.filter((word) => word && word !== 'sr' && word !== 'jr' && !codes.has(word)).join(' ');
  return `${role.form}|${role.form === 'heading' ? '' : role.heading.startOffset}|${level.track}|${stem}`;
}

export const gradeOrder: Rule = {
  id: 'RD004',
  alias: 'grade-order',
  description: 'Within one family and track of a page, levels are listed from the lowest up (by stated grade, else by the ladder\'s order), each once.',
  tags: ['ladder', 'grades'],
  defaultSeverity: 'warning',
  fixable: false,
  example: '## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n',
  correctExample: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n',
  check(context: RuleContext): Finding[] {
    if (!context.rolePage) return [];
    const findings: Finding[] = [];
    for (const { role, repeat } of repeatedRoles(context.document)) {
      const line = (h: { range: { start: { line: number } } }) => h.range.start.line + 1;
      findings.push({
        ruleId: this.id,
        range: repeat.textRange,
        message: `${role.title} (line ${line(repeat)}) repeats the level of line ${line(role.heading)} with a grade of its own: list each level once.`,
        data: { role: role.title, first: line(role.heading) },
      });
    }
    const groups = new Map<string, { role: Role; level: Level }[]>();
    const codes = new Set(context.ladder.levels.flatMap((l) => (l.code ? [l.code.toLowerCase()] : [])));
    for (const role of context.document.roles) {
      // A base-level role ("Recruiter") takes part when it states its grade.
      const stated = role.gradeClaims.some((c) => !c.malformed);
      const level = role.confident && (role.levelSource !== 'base' || stated) ? role.level?.level : undefined;
      if (!level) continue;
      const key = familyKey(role, level, codes);
      const list = groups.get(key);
      if (list) list.push({ role, level });
      else groups.set(key, [{ role, level }]);
    }
    for (const members of groups.values()) {
      const grades = members.map(({ role }) => role.gradeClaims.find((c) => !c.malformed)?.grade);
      const byGrade = grades.every((g) => g !== undefined);
      let highest: { value: number; index: number } | undefined;
      members.forEach(({ role, level }, index) => {
        const value = byGrade ? grades[index]! : levelOrder(context.ladder, level);
        if (highest && value < highest.value) {
          const before = members[highest.index];
          const track = context.ladder.tracks.find((t) => t.id === level.track)?.title ?? level.track;
          const what = byGrade ? `grade ${value} is below grade ${highest.value}` : `${level.title} is below ${before.level.title}`;
          findings.push({
            ruleId: this.id,
            range: role.nameRange,
            message: `Levels out of order: move ${role.title} (line ${role.nameRange.start.line + 1}) above ${before.role.title} (line ${before.role.nameRange.start.line + 1}); ${what} on the ${track} track.`,
            data: { value, previous: highest.value, byGrade },
          });
        }
        if (!highest || value >= highest.value) highest = { value, index };
      });
    }
    return findings;
  },
};

