import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from './parse';

const LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

function summary(text: string) {
  const doc = parse(text);
  return {
    roles: doc.roles.map((r) => [r.title, r.heading.depth, r.synthetic, r.sections.map((s) => s.kind), r.gradeClaims.map((c) => c.grade)]),
    page: doc.pageSections.map((s) => s.kind),
  };
}

test('template 1: Levels, level headings, "<Level> Job Grade" sections, page-level sections', () => {
  const text = [
    '## Responsibilities',
    '- Build.',
    '## Requirements',
    '- Ruby.',
    '## Levels',
    '### Backend Engineer (Intermediate)',
    '#### Backend Engineer (Intermediate) Job Grade',
    `The Backend Engineer is a [grade 6](${LINK}).`,
    '### Staff Backend Engineer',
    '#### Staff Job Grade',
    `The Staff Backend Engineer is a [grade 8](${LINK}).`,
    '#### Staff Requirements',
    '- Depth.',
    '### Principal Backend Engineer',
    'To be written.',
    '## Performance Indicators',
    '- Rate.',
    '',
  ].join('\n');
  assert.deepEqual(summary(text), {
    roles: [
      ['Backend Engineer (Intermediate)', 3, false, ['job-grade'], [6]],
      ['Staff Backend Engineer', 3, false, ['job-grade', 'requirements'], [8]],
      ['Principal Backend Engineer', 3, false, [], []],
    ],
    page: ['responsibilities', 'requirements', 'levels', 'performance-indicators'],
  });
  const staff = parse(text).roles[1];
  assert.deepEqual(staff.sections.map((s) => s.prefix), ['Staff', 'Staff']);
});

test('template 2: repeated role blocks with Job Grade sections; a grade sentence alone makes a role', () => {
  const text = [
    '## Security Analyst',
    '### Job Grade',
    'The Security Analyst is a grade 6.',
    '### Responsibilities',
    '- Triage.',
    '### Requirements',
    '- Know.',
    '## Senior Security Analyst',
    'The Senior Security Analyst is a grade 7.',
    '### Responsibilities',
    '- Lead.',
    '## Hiring Process',
    '- Call.',
    '',
  ].join('\n');
  assert.deepEqual(summary(text), {
    roles: [
      ['Security Analyst', 2, false, ['job-grade', 'responsibilities', 'requirements'], [6]],
      ['Senior Security Analyst', 2, false, ['responsibilities'], [7]],
    ],
    page: ['hiring-process'],
  });
});

test('a heading with Responsibilities and Requirements is a role even without a grade', () => {
  assert.deepEqual(summary('## Data Engineer\n### Responsibilities\n- a\n### Requirements\n- b\n## About\nText.\n').roles, [
    ['Data Engineer', 2, false, ['responsibilities', 'requirements'], []],
  ]);
});

test('prefixed sections with no role heading form a synthetic role named by the prefix', () => {
  const text = '## Levels\n### Senior Job Grade\nThe Senior Analyst is a grade 7.\n### Senior Responsibilities\n- a\n### Staff Responsibilities\n- b\n';
  const doc = parse(text);
  assert.deepEqual(
    doc.roles.map((r) => [r.title, r.synthetic, r.heading.text, r.sections.map((s) => s.kind), r.gradeClaims.length]),
    [['Senior', true, 'Senior Job Grade', ['job-grade', 'responsibilities'], 1]],
  );
  // A lone prefixed section that is not a Job Grade does not make a role.
  assert.deepEqual(doc.pageSections.map((s) => [s.kind, s.prefix]), [['levels', undefined], ['responsibilities', 'Staff']]);
});

test('Specialties sub-headings are not roles, even with their own sections', () => {
  const text = '## Specialties\n### Red Team\n#### Responsibilities\n- a\n#### Requirements\n- b\n### Application Security\nThe Application Security Engineer is a grade 7.\n';
  const doc = parse(text);
  assert.deepEqual(doc.roles.map((r) => r.title), []);
  assert.deepEqual(doc.pageSections.map((s) => s.kind), ['specialties', 'responsibilities', 'requirements']);
});

test('section headings are matched through NBSP, trailing spaces, colons and typos are not', () => {
  const text = '## Analyst\n### Job Grade\u00a0\n- a\n### Responsibilities:  \n- b\n### Requirments\n- c\n';
  const doc = parse(text);
  assert.deepEqual(doc.sections.map((s) => [s.kind, s.heading.text]), [
    ['job-grade', 'Job Grade'],
    ['responsibilities', 'Responsibilities:'],
  ]);
  assert.deepEqual(doc.roles.map((r) => r.title), ['Analyst']);
});

test('a grade sentence written as a heading stands for its role\'s grade, not a role of its own', () => {
  const text = `## Manager, Support Operations\n### Responsibilities\n- a\n### Requirements\n- b\n#### Manager, Support Operations Job Grade is a [grade 8](${LINK})\n`;
  assert.deepEqual(summary(text).roles, [['Manager, Support Operations', 2, false, ['responsibilities', 'requirements'], [8]]]);
});

test('section ranges run to the next heading of the same or higher level; hasContent ignores attribute lines and comments', () => {
  const text = '## Analyst\n### Job Grade\n{: #grade}\n<!-- nothing yet -->\n### Requirements\n- b\n## Hiring Process\n- c\n';
  const doc = parse(text);
  assert.deepEqual(
    doc.sections.map((s) => [s.kind, s.range.start.line, s.range.end.line, s.hasContent]),
    [
      ['job-grade', 1, 4, false],
      ['requirements', 4, 6, true],
      ['hiring-process', 6, 8, true],
    ],
  );
  assert.deepEqual(doc.roles[0].range.end, { line: 6, character: 0 });
});

test('hasContent: text after an attribute line or a comment counts, white space and sub-headings alone do not', () => {
  const text = [
    '## Analyst',
    '### Job Grade',
    '{: #grade}',
    'The Analyst is a grade 6.',
    '### Responsibilities',
    '<!-- to do --> Lead the team.',
    '### Requirements',
    '   ',
    '#### Nothing under it either',
    '   ',
    '### Performance Indicators',
    '\u00a0',
    '',
  ].join('\n');
  const doc = parse(text);
  assert.deepEqual(
    doc.sections.map((s) => [s.kind, s.hasContent]),
    [
      ['job-grade', true],
      ['responsibilities', true],
      ['requirements', false],
      ['performance-indicators', false],
    ],
  );
});
