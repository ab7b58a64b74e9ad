import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, GRADE_LINK, PAGE_TAIL, rangeIn, ROOT } from './checkPage';

const RD002 = { ruleId: 'RD002' };

/** A role block whose Responsibilities and Requirements hold the given lines. */
function role(title: string, grade: number, responsibilities: string[], requirements: string[]): string {
  return [
    `## ${title}`,
    '',
    '### Job Grade',
    '',
    `The ${title} is a [grade ${grade}](${GRADE_LINK}).`,
    '',
    '### Responsibilities',
    '',
    ...responsibilities.map((l) => `- ${l}`),
    '',
    '### Requirements',
    '',
    ...requirements.map((l) => `- ${l}`),
    '',
  ].join('\n');
}

const intermediate = fullRole('Backend Engineer', 6);

test('a link that lands on the first of several Requirements, in another role', async () => {
  const text =
    intermediate +
    fullRole('Senior Backend Engineer', 7) +
    role('Staff Backend Engineer', 8, ['Lead.'], ['Extends that of the [Senior Backend Engineer](#requirements) requirements.']) +
    PAGE_TAIL;
  const findings = await checkPage(text, RD002);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'extends-target');
  assert.equal(f.severity, 'hint');
  assert.equal(
    f.message,
    "Extends link '#requirements' lands in the Backend Engineer role: point it at Senior Backend Engineer, as its text says ('Requirements' occurs 3 times; the link lands on the first).",
  );
  assert.deepEqual(f.range, rangeIn(text, '(#requirements) requirements', 'requirements'));
  assert.deepEqual(f.data, { named: 'senior', landed: 'intermediate' });
  assert.equal(f.fixes, undefined);
});

test('the right role through -1 suffixes, and the base role by its heading, are fine', async () => {
  const text =
    intermediate +
    fullRole('Senior Backend Engineer', 7) +
    role('Staff Backend Engineer', 8, ['Extends that of the [Senior Backend Engineer](#responsibilities-1) responsibilities.'], [
      'Extends that of the [Senior Backend Engineer](#requirements-1) requirements.',
      'Extends the [Backend Engineer](#backend-engineer) role.',
      'Extends that of the [Senior Backend Engineer](#senior-backend-enginer) role.',
    ]) +
    PAGE_TAIL;
  assert.deepEqual(await checkPage(text, RD002), []);
  // The broken fragment is the broken-anchor rule's to report.
  assert.deepEqual((await checkPage(text, { ruleId: 'RD001' })).map((f) => f.data?.fragment), ['senior-backend-enginer']);
});

test('a Requirements claim that lands on Responsibilities', async () => {
  const text = intermediate + role('Senior Backend Engineer', 7, ['Lead.'], ['Extends that of the [Backend Engineer](#responsibilities) requirements.']) + PAGE_TAIL;
  const findings = await checkPage(text, RD002);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range]),
    [
      [
        "Extends link '#responsibilities' should point at Requirements: it lands on 'Responsibilities', a responsibilities section.",
        rangeIn(text, '(#responsibilities) requirements', 'responsibilities'),
      ],
    ],
  );
});

test('extending a higher level, linked and in plain words', async () => {
  const text =
    intermediate +
    role('Senior Backend Engineer', 7, ['Extends that of the [Staff Backend Engineer](#staff-backend-engineer) role.'], ['Extends the Principal requirements.']) +
    fullRole('Staff Backend Engineer', 8) +
    PAGE_TAIL;
  const findings = await checkPage(text, RD002);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range]),
    [
      ['Extends a higher level: extend one below grade 7, not Staff Backend Engineer (grade 8).', rangeIn(text, '(#staff-backend-engineer)', 'staff-backend-engineer')],
      ['Extends a higher level: extend one below grade 7, not Principal (grade 9).', rangeIn(text, 'the Principal requirements', 'Principal')],
    ],
  );
});

test('a role that extends itself', async () => {
  const text = intermediate + role('Senior Backend Engineer', 7, ['Extends that of the [Senior Backend Engineer](#senior-backend-engineer) role.'], ['Know.']) + PAGE_TAIL;
  const findings = await checkPage(text, RD002);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range]),
    [['Role extends itself: point the extends link at a level below Senior Backend Engineer.', rangeIn(text, '(#senior-backend-engineer)', 'senior-backend-engineer')]],
  );
});

test('a cycle is found even when each role\'s first claim leaves it', async () => {
  const text =
    intermediate +
    role('Senior Backend Engineer', 7, ['Extends the [Backend Engineer](#backend-engineer) role.', 'Extends the [Staff Backend Engineer](#staff-backend-engineer) role.'], ['Know.']) +
    role('Staff Backend Engineer', 8, ['Extends the [Backend Engineer](#backend-engineer) role.', 'Extends the [Senior Backend Engineer](#senior-backend-engineer) role.'], ['Know.']) +
    PAGE_TAIL;
  const findings = await checkPage(text, RD002);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range]),
    [
      ['Extends a higher level: extend one below grade 7, not Staff Backend Engineer (grade 8).', rangeIn(text, '(#staff-backend-engineer)', 'staff-backend-engineer')],
      ['Extends cycle: Senior Backend Engineer → Staff Backend Engineer → Senior Backend Engineer; each role must extend a lower one.', rangeIn(text, '(#staff-backend-engineer)', 'staff-backend-engineer')],
      ['Extends cycle: Staff Backend Engineer → Senior Backend Engineer → Staff Backend Engineer; each role must extend a lower one.', rangeIn(text, '(#senior-backend-engineer)', 'senior-backend-engineer')],
    ],
  );
});

test('a named level that lands on a page-level section; the base level may', async () => {
  const text = [
    '## Requirements',
    '',
    '- Shared by every level.',
    '',
    '## Levels',
    '',
    '### Backend Engineer',
    '',
    `The Backend Engineer is a [grade 6](${GRADE_LINK}).`,
    '',
    '### Senior Backend Engineer',
    '',
    `The Senior Backend Engineer is a [grade 7](${GRADE_LINK}).`,
    '',
    '- Extends that of the [Backend Engineer](#requirements) requirements.',
    '',
    '### Staff Backend Engineer',
    '',
    `The Staff Backend Engineer is a [grade 8](${GRADE_LINK}).`,
    '',
    '- Extends that of the [Senior Backend Engineer](#requirements) requirements.',
    '',
  ].join('\n');
  const findings = await checkPage(text, RD002);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range.start.line, f.range.start.character]),
    [["Extends link '#requirements' lands outside any role: point it at Senior Backend Engineer, as its text says.", 20, 49]],
  );
});

test('claims linking into other pages are left to broken-anchor', async () => {
  const other = `${ROOT}/job-families/engineering/other/index.html.md`;
  const text = intermediate + role('Senior Backend Engineer', 7, ['Extends that of the [Staff Backend Engineer](/job-families/engineering/other/#staff) role.'], ['Know.']) + PAGE_TAIL;
  assert.deepEqual(await checkPage(text, { ...RD002, files: { [other]: '## Staff\n' } }), []);
});

test('a specialty under Levels names no level of its own: its extends claim is compared with nothing', async () => {
  const page = (specialty: string, statement = '') =>
    [
      '## Levels',
      '',
      '### Senior Backend Engineer',
      '',
      `The Senior Backend Engineer is a [grade 7](${GRADE_LINK}).`,
      '',
      '#### Responsibilities',
      '',
      '- Ship.',
      '',
      `### ${specialty}`,
      '',
      `${statement}The Senior Backend Engineer for this group extends the Senior Backend Engineer requirements.`,
      '',
      '#### Requirements',
      '',
      '- Ruby.',
      '',
      PAGE_TAIL,
    ].join('\n');
  assert.deepEqual(await checkPage(page('Analytics Instrumentation'), RD002), []);
  // A role stating a lower level of its own: extending Senior is reported.
  assert.deepEqual((await checkPage(page('Backend Engineer', `The Backend Engineer is a [grade 6](${GRADE_LINK}). `), RD002)).map((f) => f.message), [
    'Extends a higher level: extend one below grade 6, not Senior Backend Engineer (grade 7).',
  ]);
});
