import type { Finding, Fix } from '../types';
import type { Role, RoleDocument, Section } from '../document/model';
import type { SectionKind } from '../ladder/types';
import type { Rule, RuleContext } from './ruleTypes';

export const SECTION_TITLES: Record<SectionKind, string> = {
  'job-grade': 'Job Grade',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  'performance-indicators': 'Performance Indicators',
  'career-ladder': 'Career Ladder',
  'hiring-process': 'Hiring Process',
  specialties: 'Specialties',
  levels: 'Levels',
};

function kindsOnPage(document: RoleDocument): Set<SectionKind> {
  const kinds = new Set<SectionKind>(document.sections.map((s) => s.kind));
  if (document.gradeClaims.length) kinds.add('job-grade');
  return kinds;
}

/** A skeleton for the section, inserted at the end of the role's block, one level below its heading. */
function insertSectionFix(context: RuleContext, role: Role, kind: SectionKind): Fix {
  const { document } = context;
  const depth = Math.min(6, role.synthetic ? role.heading.depth : role.heading.depth + 1);
  const title = SECTION_TITLES[kind];
  const body = kind === 'job-grade' ? `The ${role.title} is a [grade N](${context.ladder.gradeLinks[0] ?? ''}).` : '- ';
  const at = document.lines.positionAt(role.endOffset);
  const before = role.endOffset > 0 && document.text[role.endOffset - 1] !== '\n' ? '\n\n' : role.endOffset > 1 && document.text[role.endOffset - 2] !== '\n' ? '\n' : '';
  return {
    title: `Add a ${title} section to ${role.title}`,
    edits: [{ range: { start: at, end: at }, newText: `${before}${'#'.repeat(depth)} ${title}\n\n${body}\n\n` }],
    safe: false,
    preferred: true,
  };
}

export const missingSection: Rule = {
  id: 'RD005',
  alias: 'missing-section',
  description: 'A role lacks Job Grade, Responsibilities or Requirements, or the page lacks a section its ladder requires.',
  tags: ['ladder', 'structure'],
  defaultSeverity: 'warning',
  fixable: true,
  example: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n## Performance Indicators\n\n- Pipelines that run on time.\n\n## Hiring Process\n\n- A call with a recruiter.',
  correctExample: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Performance Indicators\n\n- Pipelines that run on time.\n\n## Hiring Process\n\n- A call with a recruiter.',
  check(context: RuleContext): Finding[] {
    const { document, ladder } = context;
    const findings: Finding[] = [];
    // Sections under a Specialties heading describe a specialty, not every level of the page.
    const specialties = document.sections.filter((s) => s.kind === 'specialties');
    const inSpecialty = (s: Section): boolean =>
      specialties.some((sp) => s.heading.startOffset > sp.heading.startOffset && s.heading.startOffset < sp.endOffset);
    const pageLevel = new Set(document.pageSections.filter((s) => !inSpecialty(s)).map((s) => s.kind));
    for (const role of document.roles) {
      const has = new Set<SectionKind>(role.sections.map((s) => s.kind));
      if (role.gradeClaims.length) has.add('job-grade');
      for (const kind of ladder.requiredRoleSections) {
        // Template-1 pages state Responsibilities and Requirements once for every level.
        if (has.has(kind) || (kind !== 'job-grade' && pageLevel.has(kind))) continue;
        findings.push({
          ruleId: this.id,
          range: role.heading.textRange,
          message: `The ${role.title} role has no ${SECTION_TITLES[kind]} section.`,
          fixes: [insertSectionFix(context, role, kind)],
          data: { kind, role: role.title },
        });
      }
    }
    const onPage = kindsOnPage(document);
    // Only pages that read as role docs owe the page-level sections; a README or guide does not.
    if (!document.roles.length && !onPage.has('job-grade') && !onPage.has('responsibilities') && !onPage.has('requirements')) return findings;
    const firstLine = document.lines.rangeOf(0, Math.max(0, document.text.indexOf('\n') === -1 ? document.text.length : document.text.indexOf('\n')));
    for (const kind of ladder.requiredPageSections) {
      if (onPage.has(kind) || findings.some((f) => f.data?.kind === kind)) continue;
      findings.push({
        ruleId: this.id,
        range: firstLine,
        message: `The page has no ${SECTION_TITLES[kind]} section.`,
        data: { kind, page: true },
      });
    }
    return findings;
  },
};
