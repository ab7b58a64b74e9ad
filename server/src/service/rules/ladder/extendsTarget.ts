import type { Finding } from '../../types';
import type { ExtendsClaim, Role } from '../../document/model';
import type { Level } from '../../ladder/types';
import type { Rule, RuleContext } from '../ruleTypes';
import { headingForId, roleAt, sectionOfHeading } from './roleLookup';
import { sectionTitle } from './missingSection';

interface Edge {
  from: Role;
  to: Role;
  claim: ExtendsClaim;
}

export const extendsTarget: Rule = {
  id: 'RD002',
  alias: 'extends-target',
  description: 'An "Extends that of …" claim must point at the named role\'s section of the named kind, on a lower level.',
  tags: ['ladder', 'anchors'],
  defaultSeverity: 'hint',
  fixable: false,
  example: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n- Extends that of the [Data Engineer](#requirements) responsibilities.\n\n### Requirements\n\n- Two years of SQL.\n',
  correctExample: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n- Extends that of the [Data Engineer](#responsibilities) responsibilities.\n\n### Requirements\n\n- Two years of SQL.\n',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const edges: Edge[] = [];
    const report = (claim: ExtendsClaim, message: string, data?: Record<string, unknown>): void => {
      findings.push({ ruleId: this.id, range: claim.link?.fragmentRange ?? claim.roleTextRange, message, data });
    };
    const { document } = context;
    for (const role of document.roles) {
      // Levels only where the page names or states them: a variant under Levels has no level to compare.
      const ownLevel = role.confident ? context.levelOfRole(role)?.level : undefined;
      for (const claim of role.extendsClaims) {
        const named = context.classify(claim.roleText);
        const link = claim.link;
        if (link?.kind === 'fragment' && link.fragment) {
          const heading = headingForId(document, link.fragment);
          if (!heading) continue; // broken-anchor reports it
          const section = sectionOfHeading(document, heading);
          const targetRole = roleAt(document, heading.startOffset);
          const wantedKind = claim.sectionKind;
          if (wantedKind !== 'role' && section && section.kind !== wantedKind) {
            report(claim, `Extends link '#${link.fragment}' should point at ${sectionTitle(context.ladder, wantedKind)}: it lands on '${heading.text}', a ${section.kind} section.`);
            continue;
          }
          if (wantedKind !== 'role' && !section && targetRole?.heading !== heading) {
            report(claim, `Extends link '#${link.fragment}' should point at ${sectionTitle(context.ladder, wantedKind)}: it lands on '${heading.text}', not a ${sectionTitle(context.ladder, wantedKind)} section.`);
            continue;
          }
          const targetLevel = targetRole?.confident ? context.levelOfRole(targetRole) : undefined;
          if (named?.explicit && targetLevel && named.level.id !== targetLevel.level.id) {
            const duplicates = document.headings.filter((h) => h.text === heading.text).length;
            const first = duplicates > 1 ? ` ('${heading.text}' occurs ${duplicates} times; the link lands on the first)` : '';
            report(claim, `Extends link '#${link.fragment}' lands in the ${targetRole!.title} role: point it at ${claim.roleText}, as its text says${first}.`, {
              named: named.level.id,
              landed: targetLevel.level.id,
            });
            continue;
          }
          if (named?.explicit && !targetRole && !isBase(context, named.level)) {
            report(claim, `Extends link '#${link.fragment}' lands outside any role: point it at ${claim.roleText}, as its text says.`);
            continue;
          }
          if (targetRole === role) {
            report(claim, `Role extends itself: point the extends link at a level below ${role.title}.`);
            continue;
          }
          if (targetRole) edges.push({ from: role, to: targetRole, claim });
          const targetGrade = targetLevel ? context.gradeOf(targetLevel.level) : undefined;
          checkLower(context, claim, ownLevel, targetGrade, targetRole?.title ?? claim.roleText, report);
        } else if (!link && named?.explicit) {
          checkLower(context, claim, ownLevel, context.gradeOf(named.level), claim.roleText, report);
        }
      }
    }
    for (const cycle of findCycles(edges)) {
      report(cycle.claim, `Extends cycle: ${cycle.path.map((r) => r.title).join(' → ')}; each role must extend a lower one.`);
    }
    return findings;
  },
};

function isBase(context: RuleContext, level: Level): boolean {
  return context.ladder.baseLevels[level.track] === level.id;
}

function checkLower(
  context: RuleContext,
  claim: ExtendsClaim,
  ownLevel: Level | undefined,
  targetGrade: number | undefined,
  targetTitle: string,
  report: (claim: ExtendsClaim, message: string) => void,
): void {
  const ownGrade = ownLevel ? context.gradeOf(ownLevel) : undefined;
  if (ownGrade === undefined || targetGrade === undefined || ownLevel?.track === undefined) return;
  if (targetGrade > ownGrade) {
    report(claim, `Extends a higher level: extend one below grade ${ownGrade}, not ${targetTitle} (grade ${targetGrade}).`);
  }
}

function findCycles(edges: Edge[]): { claim: ExtendsClaim; path: Role[] }[] {
  const out: { claim: ExtendsClaim; path: Role[] }[] = [];
  const next = new Map<Role, Edge[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e]);
  // Depth-first over every outgoing edge: a cycle may leave a role by any of its claims, not just its first.
  const pathBack = (from: Role, goal: Role, seen: Set<Role>): Role[] | undefined => {
    if (from === goal) return [from];
    if (seen.has(from)) return undefined;
    seen.add(from);
    for (const step of next.get(from) ?? []) {
      const rest = pathBack(step.to, goal, seen);
      if (rest) return [from, ...rest];
    }
    return undefined;
  };
  for (const start of edges) {
    const rest = pathBack(start.to, start.from, new Set());
    if (rest) out.push({ claim: start.claim, path: [start.from, ...rest] });
  }
  return out;
}
