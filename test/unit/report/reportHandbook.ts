/** A small handbook for the report's tests: every part of the report has something to show. */
const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

function role(heading: string, title: string, grade: number, extra: string[] = []): string[] {
  return [`## ${heading}`, '', '### Job Grade', '', `The ${title} is a [grade ${grade}](${GRADE_LINK}).`, '', '### Responsibilities', '', '- Build services.', ...extra, '', '### Requirements', '', '- Write code.', '- Ability to use GitLab', ''];
}

/** The sections every role page of the built-in ladder has, so the fixtures' findings are the ones they are about. */
const PAGE_END = ['## Performance Indicators', '', '- Shipped services.', '', '## Hiring Process', '', '- A screening call.', ''];

/** Page path (relative to the handbook root) → text. */
export const reportHandbook: Record<string, string> = {
  // Staff (grade 8) is missing between Senior and Principal; Principal's extends links are broken (no such heading, no such page).
  'job-families/engineering/backend/index.html.md': [
    '---',
    'title: Backend Engineer',
    '---',
    '',
    ...role('Backend Engineer', 'Backend Engineer', 6),
    ...role('Senior Backend Engineer', 'Senior Backend Engineer', 7, ['- Extends that of the [Backend Engineer](#backend-engineer) responsibilities.']),
    ...role('Principal Backend Engineer', 'Principal Backend Engineer', 9, [
      '- Extends that of the [Staff Backend Engineer](#staff-backend-engineer) responsibilities.',
      '- Extends that of the [Architect](/job-families/engineering/architect/#architect) responsibilities.',
    ]),
    ...PAGE_END,
  ].join('\n'),
  // The same title as on the backend page, at another grade (one the ladder does not give Senior).
  'job-families/engineering/legacy/index.html.md': ['---', 'title: Legacy <script>alert(1)</script>', '---', '', ...role('Senior Backend Engineer', 'Senior Backend Engineer', 8), ...PAGE_END].join('\n'),
  // Two pages whose roles extend each other.
  'job-families/data/analyst/index.html.md': ['---', 'title: Data Analyst', '---', '', ...role('Senior Data Analyst', 'Senior Data Analyst', 7, ['- Extends that of the [Senior Data Engineer](../engineer/#senior-data-engineer) responsibilities.']), ...PAGE_END].join('\n'),
  'job-families/data/engineer/index.html.md': ['---', 'title: Data Engineer', '---', '', ...role('Senior Data Engineer', 'Senior Data Engineer', 7, ['- Extends that of the [Senior Data Analyst](../analyst/#senior-data-analyst) responsibilities.']), ...PAGE_END].join('\n'),
};
