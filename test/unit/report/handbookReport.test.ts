import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { candidateFilesForLink } from '../../../server/src/service/sitePaths';
import { describePageFacts } from '../../../server/src/service/report/pageFacts';
import { buildHandbookReport, type HandbookReport } from '../../../server/src/service/report/handbookReport';
import type { Ladder } from '../../../server/src/service/ladder/types';
import { reportHandbook } from './reportHandbook';

const ROOT = 'file:///ws';

/** The report of in-memory pages (path → text), every page read as the CLI's page checker reads it. */
function reportOf(pages: Record<string, string>, options: { ladder?: Ladder; exists?: (uri: string) => boolean } = {}): HandbookReport {
  const config = defaultConfig();
  config.slugProfile = 'github';
  if (options.ladder) config.ladder = options.ladder;
  const files = Object.fromEntries(Object.entries(pages).map(([path, text]) => [`${ROOT}/${path}`, text]));
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], files), config });
  const inputs = Object.entries(pages).map(([path, text]) => {
    const uri = `${ROOT}/${path}`;
    const document = service.getDocument(uri, text, 1);
    const facts = describePageFacts(document, config.ladder, service.displayPath(uri), (link) => candidateFilesForLink(link, uri, [ROOT], config.sitePaths));
    return { path, facts, findings: [] };
  });
  return buildHandbookReport([{ ladder: config.ladder, pages: inputs }], options.exists ?? (() => false));
}

const BACKEND = 'job-families/engineering/backend/index.html.md';
const LEGACY = 'job-families/engineering/legacy/index.html.md';
const ANALYST = 'job-families/data/analyst/index.html.md';
const DATA_ENGINEER = 'job-families/data/engineer/index.html.md';

test('the matrix: one row per family of a page, each cell the role with its stated and ladder grade and its line', () => {
  const matrix = reportOf(reportHandbook).matrices[0];
  assert.deepEqual(matrix.levels.map((l) => [l.id, l.grade]), [['intermediate', 6], ['senior', 7], ['staff', 8], ['principal', 9]]);
  const backend = matrix.rows.find((row) => row.path === BACKEND)!;
  assert.equal(backend.family, 'Backend Engineer');
  assert.deepEqual(backend.cells, {
    intermediate: [{ title: 'Backend Engineer', path: BACKEND, line: 5, code: null, statedGrade: 6, ladderGrade: 6, disagrees: false }],
    senior: [{ title: 'Senior Backend Engineer', path: BACKEND, line: 20, code: null, statedGrade: 7, ladderGrade: 7, disagrees: false }],
    principal: [{ title: 'Principal Backend Engineer', path: BACKEND, line: 36, code: null, statedGrade: 9, ladderGrade: 9, disagrees: false }],
  });
  // Rows keep the order of the pages given (the CLI gives them sorted by path).
  assert.deepEqual(matrix.rows.map((row) => [row.family, row.path]), [
    ['Backend Engineer', BACKEND],
    ['Backend Engineer', LEGACY],
    ['Data Analyst', ANALYST],
    ['Data Engineer', DATA_ENGINEER],
  ]);
});

test('a level between a family\'s lowest and highest that no role holds is missing; a stated grade off the ladder is marked', () => {
  const rows = reportOf(reportHandbook).matrices[0].rows;
  assert.deepEqual(rows.find((row) => row.path === BACKEND)!.missing, [{ track: 'ic', grade: 8, levels: ['staff'] }]);
  assert.deepEqual(rows.find((row) => row.path === LEGACY)!.cells.senior, [
    { title: 'Senior Backend Engineer', path: LEGACY, line: 5, code: null, statedGrade: 8, ladderGrade: 7, disagrees: true },
  ]);
  assert.deepEqual(rows.filter((row) => row.missing.length).length, 1);
});

test('the same title at different grades on different pages is one conflict listing each page', () => {
  assert.deepEqual(reportOf(reportHandbook).gradeConflicts, [
    {
      title: 'Senior Backend Engineer',
      roles: [
        { path: BACKEND, line: 20, title: 'Senior Backend Engineer', grade: 7 },
        { path: LEGACY, line: 5, title: 'Senior Backend Engineer', grade: 8 },
      ],
    },
  ]);
});

test('the same title at the same grade on two pages, or at two grades on one page, is no conflict', () => {
  const page = (grade: number) => `## Senior Backend Engineer\n\nThe Senior Backend Engineer is a [grade ${grade}](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n`;
  assert.deepEqual(reportOf({ 'a.md': page(7), 'b.md': page(7) }).gradeConflicts, []);
  assert.deepEqual(reportOf({ 'a.md': page(7) + '\n' + page(8) }).gradeConflicts, []);
});

test('extends chains: a missing heading and a missing page are broken, two pages extending each other are one cycle', () => {
  const chains = reportOf(reportHandbook).chains;
  const principal = { path: BACKEND, line: 36, title: 'Principal Backend Engineer' };
  assert.deepEqual(chains, {
    claims: 5,
    unfollowed: 0,
    broken: [
      { role: principal, line: 45, target: '#staff-backend-engineer', reason: 'missing-anchor' },
      { role: principal, line: 46, target: '/job-families/engineering/architect/#architect', reason: 'missing-page' },
    ],
    circular: [
      {
        roles: [
          { path: ANALYST, line: 5, title: 'Senior Data Analyst' },
          { path: DATA_ENGINEER, line: 5, title: 'Senior Data Engineer' },
        ],
      },
    ],
  });
});

test('extends chains: a page outside the report that exists is not followed, not broken; a role extending itself is a cycle', () => {
  const architect = `${ROOT}/job-families/engineering/architect/index.html.md`;
  const chains = reportOf(reportHandbook, { exists: (uri) => uri === architect }).chains;
  assert.equal(chains.unfollowed, 1);
  assert.deepEqual(chains.broken.map((b) => b.reason), ['missing-anchor']);
  const self = reportOf({ 'self.md': '## Staff Data Engineer\n\n### Responsibilities\n\n- Extends that of the [Senior Data Engineer](#staff-data-engineer) role.\n' }).chains;
  assert.deepEqual(self.circular, [{ roles: [{ path: 'self.md', line: 1, title: 'Staff Data Engineer' }] }]);
});

test('extends chains: a three-page loop is one cycle in the order the links lead, however many roles enter it', () => {
  const page = (title: string, next: string, file: string) => `## ${title}\n\n### Responsibilities\n\n- Extends that of the [${next}](${file}#${next.toLowerCase().replace(/ /g, '-')}) role.\n`;
  const chains = reportOf({
    'entry.md': page('Senior Entry', 'Senior A', 'a.md'),
    'b.md': page('Senior B', 'Senior D', 'd.md'),
    'd.md': page('Senior D', 'Senior A', 'a.md'),
    'a.md': page('Senior A', 'Senior B', 'b.md'),
  }).chains;
  assert.equal(chains.broken.length, 0);
  assert.deepEqual(chains.circular.map((cycle) => cycle.roles.map((r) => r.path)), [['b.md', 'd.md', 'a.md']]);
});

test('missing levels: an ungraded title bounds no range; levels sharing a grade fill it together; a family\'s own levels list decides', () => {
  const grade = (title: string, g: number) => `## ${title}\n\nThe ${title} is a [grade ${g}](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n`;
  // Team Lead (no grade) after Senior must not make Staff … Fellow missing; Junior holds grade 5 for Associate too.
  const ic = reportOf({ 'p.md': [grade('Junior Writer', 5), grade('Senior Writer', 7), '## Writer Team Lead\n\nLeads writers. The Writer Team Lead is a Team Lead.\n'].join('\n') });
  assert.deepEqual(Object.keys(ic.matrices[0].rows[0].cells), ['junior', 'senior', 'team-lead']);
  assert.deepEqual(ic.matrices[0].rows[0].missing, [{ track: 'ic', grade: 6, levels: ['intermediate'] }]);
  const ladder = structuredClone(defaultLadder());
  ladder.families = [{ id: 'writing', title: 'Writing', pathIncludes: ['writing'], grades: {}, levels: ['intermediate', 'senior', 'staff'] }];
  const declared = reportOf({ 'writing.md': grade('Senior Writer', 7) }, { ladder });
  assert.deepEqual(declared.matrices[0].rows[0].missing, [
    { track: 'ic', grade: 6, levels: ['intermediate'] },
    { track: 'ic', grade: 8, levels: ['staff'] },
  ]);
  assert.equal(declared.matrices[0].rows[0].ladderFamily, 'Writing');
});

function defaultLadder(): Ladder {
  return defaultConfig().ladder;
}
