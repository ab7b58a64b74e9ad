import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, range } from './parse';

const LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

function claimsOf(line: string) {
  return parse(line + '\n').gradeClaims.map((c) => ({
    subject: c.subject,
    value: c.value,
    grade: c.grade,
    malformed: c.malformed,
    valueRange: c.valueRange,
    subjectRange: c.subjectRange,
    linkTarget: c.linkTarget,
    inHeading: c.inHeading,
  }));
}

test('"is a [grade 8](link)" with subject, value and link ranges', () => {
  const text = `The Staff Backend Engineer is a [grade 8](${LINK}).\n`;
  const [c, ...rest] = parse(text).gradeClaims;
  assert.equal(rest.length, 0);
  assert.equal(c.subject, 'Staff Backend Engineer');
  assert.deepEqual(c.subjectRange, range(0, 0, 0, 26));
  assert.equal(c.value, '8');
  assert.equal(c.grade, 8);
  assert.equal(c.malformed, undefined);
  assert.deepEqual(c.valueRange, range(0, 39, 0, 40));
  assert.equal(c.linkTarget, LINK);
  assert.deepEqual(c.linkTargetRange, range(0, 42, 0, 42 + LINK.length));
  assert.deepEqual(c.range, range(0, 0, 0, 43 + LINK.length));
  assert.equal(c.startOffset, 0);
  assert.equal(c.inHeading, false);
});

test('the variants of the grade sentence', () => {
  const common = { malformed: undefined, linkTarget: undefined, inHeading: false };
  assert.deepEqual(claimsOf('The Senior Designer is a [Grade 7].'), [
    { ...common, subject: 'Senior Designer', value: '7', grade: 7, valueRange: range(0, 32, 0, 33), subjectRange: range(0, 0, 0, 19) },
  ]);
  assert.deepEqual(claimsOf('The Business Value Manager is a [grade #9].'), [
    { ...common, subject: 'Business Value Manager', value: '#9', grade: 9, malformed: 'hash', valueRange: range(0, 39, 0, 41), subjectRange: range(0, 0, 0, 26) },
  ]);
  assert.deepEqual(claimsOf('The Deal Desk Specialist is a grade 7.'), [
    { ...common, subject: 'Deal Desk Specialist', value: '7', grade: 7, valueRange: range(0, 36, 0, 37), subjectRange: range(0, 0, 0, 24) },
  ]);
  assert.deepEqual(claimsOf('The Associate Paralegal is [Job Grade 6].'), [
    { ...common, subject: 'Associate Paralegal', value: '6', grade: 6, valueRange: range(0, 38, 0, 39), subjectRange: range(0, 0, 0, 23) },
  ]);
  assert.deepEqual(claimsOf('The Principal Product Manager is a grade 9.5.'), [
    { ...common, subject: 'Principal Product Manager', value: '9.5', grade: 9.5, malformed: 'decimal', valueRange: range(0, 41, 0, 44), subjectRange: range(0, 0, 0, 29) },
  ]);
  assert.deepEqual(claimsOf('The Staff Engineer is a [grade 8]({{< ref "compensation-calculator#gitlab-job-grades" >}}).'), [
    {
      ...common,
      subject: 'Staff Engineer',
      value: '8',
      grade: 8,
      valueRange: range(0, 31, 0, 32),
      subjectRange: range(0, 0, 0, 18),
      linkTarget: '{{< ref "compensation-calculator#gitlab-job-grades" >}}',
    },
  ]);
});

test('generic subjects, linked subjects and sentences after other sentences', () => {
  assert.deepEqual(
    claimsOf('Hiring is global. The role is a grade 7. The [Senior Engineer](#senior) role is a grade 7.').map((c) => [c.subject, c.subjectRange]),
    [
      [undefined, undefined],
      ['Senior Engineer', range(0, 41, 0, 76)],
    ],
  );
});

test('text that mentions a grade without claiming one is not a claim', () => {
  assert.deepEqual(claimsOf('Grade 8 roles are paid on the grade 8 band; see the [grade table](/x).'), []);
  assert.deepEqual(claimsOf('Promotion from grade 7 needs a sponsor.'), []);
});

test('a grade sentence inside a heading is a claim in a heading', () => {
  const doc = parse(`## Manager, Support\n\n#### Manager, Support Job Grade is a [grade 8](${LINK})\n`);
  assert.deepEqual(
    doc.gradeClaims.map((c) => [c.subject, c.value, c.inHeading]),
    [['Manager, Support Job Grade', '8', true]],
  );
});

test('"is a [10](grade link)" without the word grade is a claim; the same number linked elsewhere is not', () => {
  const text = `The Director, International Accounting is a [10](${LINK}). The Staff Engineer is a [8](/handbook/other/#x).\n`;
  const claims = parse(text).gradeClaims;
  assert.equal(claims.length, 1);
  const [c] = claims;
  assert.equal(c.subject, 'Director, International Accounting');
  assert.deepEqual([c.value, c.grade, c.malformed, c.bareNumber], ['10', 10, undefined, true]);
  assert.deepEqual(c.valueRange, range(0, 45, 0, 47));
  assert.equal(c.linkTarget, LINK);
  assert.deepEqual(c.range, range(0, 0, 0, 50 + LINK.length));
  const pronouns = `It is a [ #9 ](${LINK}). They are [9.5](${LINK}).`;
  const at = pronouns.indexOf('9.5');
  assert.deepEqual(
    parse(`${pronouns}\n`).gradeClaims.map((g) => [g.subject, g.value, g.malformed, g.valueRange]),
    [
      [undefined, '#9', 'hash', range(0, 10, 0, 12)],
      [undefined, '9.5', 'decimal', range(0, at, 0, at + 3)],
    ],
  );
});

test('"is a job grade [12](link)": the word outside the link and the number as its text is one claim', () => {
  const text = `The Vice President of CSM is a job grade [12](${LINK}).\n`;
  const claims = parse(text).gradeClaims;
  assert.deepEqual(
    claims.map((c) => [c.subject, c.value, c.grade, c.bareNumber, c.valueRange, c.linkTarget, c.range]),
    [['Vice President of CSM', '12', 12, undefined, range(0, 42, 0, 44), LINK, range(0, 0, 0, 47 + LINK.length)]],
  );
});
