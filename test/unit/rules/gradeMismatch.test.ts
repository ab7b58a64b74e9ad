import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, GRADE_LINK, rangeIn, ROOT } from './checkPage';

const RD003 = { ruleId: 'RD003' };

function page(...roles: [title: string, sentence: string][]): string {
  return roles.map(([title, sentence]) => `## ${title}\n\n### Job Grade\n\n${sentence}\n\n`).join('');
}

test('copy-paste subject: the sentence names another level than its heading', async () => {
  const text = page(['Staff Frontend Engineer', `The Frontend Engineer is a [grade 8](${GRADE_LINK}).`]);
  const findings = await checkPage(text, RD003);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'grade-mismatch');
  assert.equal(f.severity, 'error');
  assert.equal(f.message, "The grade sentence names Frontend Engineer (Intermediate) but sits under 'Staff Frontend Engineer' (Staff).");
  assert.deepEqual(f.range, rangeIn(text, 'The Frontend Engineer'));
  assert.deepEqual(f.data, { kind: 'subject', subjectLevel: 'intermediate', roleLevel: 'staff' });
  assert.equal(f.fixes, undefined);
});

test('Senior subject under a Staff heading ("The Senior Data Analyst is a grade 8")', async () => {
  const text = page(['Staff Data Analyst', `The Senior Data Analyst is a [grade 8](${GRADE_LINK}).`]);
  const [f] = await checkPage(text, RD003);
  assert.equal(f.message, "The grade sentence names Senior Data Analyst (Senior) but sits under 'Staff Data Analyst' (Staff).");
  assert.deepEqual(f.range, rangeIn(text, 'The Senior Data Analyst'));
});

test('a wrong grade: the fix sets the ladder grade and is not safe', async () => {
  const text = page(['Senior Frontend Engineer', `The Senior Frontend Engineer is a [grade 8](${GRADE_LINK}).`]);
  const [f, ...rest] = await checkPage(text, RD003);
  assert.equal(rest.length, 0);
  assert.equal(f.message, 'Senior is grade 7 on the ladder; this page says 8.');
  const value = rangeIn(text, '[grade 8]', '8');
  assert.deepEqual(f.range, value);
  assert.deepEqual(f.fixes, [{ title: 'Set the grade to 7', edits: [{ range: value, newText: '7' }], safe: false, preferred: true }]);
  assert.deepEqual(f.data, { kind: 'grade', expected: 7, level: 'senior' });
});

test('[grade #9]: a safe fix drops the hash; the grade itself is right', async () => {
  const text = page(['Principal Frontend Engineer', `The Principal Frontend Engineer is a [grade #9](${GRADE_LINK}).`]);
  const [f, ...rest] = await checkPage(text, RD003);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Write the grade as a plain number: 'grade 9', not 'grade #9'.");
  const value = rangeIn(text, '[grade #9]', '#9');
  assert.deepEqual(f.range, value);
  assert.deepEqual(f.fixes, [{ title: "Write 'grade 9'", edits: [{ range: value, newText: '9' }], safe: true, preferred: true }]);
  assert.deepEqual(f.data, { kind: 'malformed', grade: 9 });
});

test('grade 9.5 is reported without a fix and not compared further', async () => {
  const text = page(['Manager, Product Design', `The Manager, Product Design is a [grade 9.5](${GRADE_LINK}).`]);
  const findings = await checkPage(text, RD003);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes]),
    [["Grade 9.5 is not a grade: the ladder's grades are whole numbers.", rangeIn(text, '[grade 9.5]', '9.5'), undefined]],
  );
});

test('the Sales family table: Manager is 9, and 8 is wrong there', async () => {
  const uri = `${ROOT}/job-families/sales/sales-development/index.html.md`;
  const good = page(['Manager, Sales Development', `The Manager, Sales Development is a [grade 9](${GRADE_LINK}).`]);
  assert.deepEqual(await checkPage(good, { ...RD003, uri }), []);
  const bad = page(['Manager, Sales Development', `The Manager, Sales Development is a [grade 8](${GRADE_LINK}).`]);
  const [f] = await checkPage(bad, { ...RD003, uri });
  assert.equal(f.message, 'Manager is grade 9 on the Sales ladder; this page says 8.');
  assert.deepEqual(f.fixes?.[0].edits, [{ range: rangeIn(bad, '[grade 8]', '8'), newText: '9' }]);
  // The same page outside the Sales folder follows the general table.
  assert.deepEqual(await checkPage(good, RD003).then((x) => x.map((y) => y.message)), ['Manager is grade 8 on the ladder; this page says 9.']);
});

test('the Customer Success table puts Staff at 9', async () => {
  const uri = `${ROOT}/job-families/sales/customer-success/solutions-architect/index.html.md`;
  const text = page(['Staff Solutions Architect', `The Staff Solutions Architect is a [grade 8](${GRADE_LINK}).`]);
  const [f] = await checkPage(text, { ...RD003, uri });
  assert.equal(f.message, 'Staff is grade 9 on the Customer Success ladder; this page says 8.');
});

test('sentence variants that agree with the ladder are not reported', async () => {
  const text = page(
    ['Junior Frontend Engineer', 'The Junior Frontend Engineer is a grade 5.'],
    ['Frontend Engineer (Intermediate)', `The Frontend Engineer is [Job Grade 6](${GRADE_LINK}).`],
    ['Senior Frontend Engineer', 'The Senior Frontend Engineer is a [Grade 7]. The role is a grade 7 in every stage.'],
    ['Staff Frontend Engineer', `The Staff Frontend Engineer is a [grade 8]({{< ref "compensation-calculator#gitlab-job-grades" >}}).`],
    ['Product Marketing Manager', `The Product Marketing Manager is a [grade 7](${GRADE_LINK}).`],
    ['Manager, Frontend Engineering', `The Manager, Frontend Engineering is a [grade 8](${GRADE_LINK}).`],
  );
  assert.deepEqual(await checkPage(text, RD003), []);
});

test('a grade sentence outside any role is judged by its subject', async () => {
  const text = 'Intro: The Senior Frontend Engineer is a grade 9.\n';
  const [f, ...rest] = await checkPage(text, RD003);
  assert.equal(rest.length, 0);
  assert.equal(f.message, 'Senior is grade 7 on the ladder; this page says 9.');
  assert.deepEqual(f.range, rangeIn(text, 'grade 9', '9'));
});
