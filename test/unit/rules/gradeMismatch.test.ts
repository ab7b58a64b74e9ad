import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, GRADE_LINK, rangeIn, ROOT } from './checkPage';

const RD003 = { ruleId: 'RD003' };

function page(...roles: [title: string, sentence: string][]): string {
  return roles.map(([title, sentence]) => `## ${title}\n\n### Job Grade\n\n${sentence}\n\n`).join('');
}

test('a subject without a level word under a named heading decides nothing: "The SEC Manager" under "Manager, SEC" is the same role', async () => {
  // Only a subject that names another level in so many words is a copy-paste slip; a bare family title may be the role's short name.
  const text = page(['Staff Frontend Engineer', `The Frontend Engineer is a [grade 8](${GRADE_LINK}).`]);
  assert.deepEqual(await checkPage(text, RD003), []);
  const short = page(['Manager, SEC', `The SEC Manager is a [grade 8](${GRADE_LINK}).`]);
  assert.deepEqual(await checkPage(short, RD003), []);
});

test('a title with an individual-contributor level word and a manager word is its family\'s own step: no grade decided', async () => {
  const text = page(['Senior Audit Manager', `The Senior Audit Manager is a [grade 9](${GRADE_LINK}).`]);
  assert.deepEqual(await checkPage(text, RD003), []);
  const serving = page(['Staff Executive Business Administrator to the CEO', `The Staff Executive Business Administrator to the CEO is a [grade 8](${GRADE_LINK}).`]);
  assert.deepEqual(await checkPage(serving, RD003), []);
});

test('Senior subject under a Staff heading ("The Senior Data Analyst is a grade 8")', async () => {
  const text = page(['Staff Data Analyst', `The Senior Data Analyst is a [grade 8](${GRADE_LINK}).`]);
  const [f] = await checkPage(text, RD003);
  assert.equal(f.message, "Grade sentence under the wrong role: it names Senior Data Analyst (Senior) but sits under 'Staff Data Analyst' (line 1, Staff).");
  assert.deepEqual(f.range, rangeIn(text, 'The Senior Data Analyst'));
});

test('a wrong grade: the fix sets the ladder grade and is not safe', async () => {
  const text = page(['Senior Frontend Engineer', `The Senior Frontend Engineer is a [grade 8](${GRADE_LINK}).`]);
  const [f, ...rest] = await checkPage(text, RD003);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Grade 8 should be 7: Senior is grade 7 on the ladder (role 'Senior Frontend Engineer', line 1).");
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
    [["Grade 9.5 is not a whole number: write one of the ladder's grades.", rangeIn(text, '[grade 9.5]', '9.5'), undefined]],
  );
});

test('the Sales family table: Manager is 9, and 8 is wrong there; sales-development managers follow the general table', async () => {
  const uri = `${ROOT}/job-families/sales/area-sales-manager/index.html.md`;
  const good = page(['Manager, Area Sales', `The Manager, Area Sales is a [grade 9](${GRADE_LINK}).`]);
  assert.deepEqual(await checkPage(good, { ...RD003, uri }), []);
  const bad = page(['Manager, Area Sales', `The Manager, Area Sales is a [grade 8](${GRADE_LINK}).`]);
  const [f] = await checkPage(bad, { ...RD003, uri });
  assert.equal(f.message, "Grade 8 should be 9: Manager is grade 9 on the Sales ladder (role 'Manager, Area Sales', line 1).");
  assert.deepEqual(f.fixes?.[0].edits, [{ range: rangeIn(bad, '[grade 8]', '8'), newText: '9' }]);
  // GitLab's own table puts sales-development managers at 8, with the general table.
  const sdr = page(['Manager, Sales Development', `The Manager, Sales Development is a [grade 8](${GRADE_LINK}).`]);
  assert.deepEqual(await checkPage(sdr, { ...RD003, uri: `${ROOT}/job-families/sales/sales-development/index.html.md` }), []);
});

test('the Customer Success table puts Staff at 9', async () => {
  const uri = `${ROOT}/job-families/sales/customer-success/solutions-architect/index.html.md`;
  const text = page(['Staff Solutions Architect', `The Staff Solutions Architect is a [grade 8](${GRADE_LINK}).`]);
  const [f] = await checkPage(text, { ...RD003, uri });
  assert.equal(f.message, "Grade 8 should be 9: Staff is grade 9 on the Customer Success ladder (role 'Staff Solutions Architect', line 1).");
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
  assert.equal(f.message, 'Grade 9 should be 7: Senior is grade 7 on the ladder.');
  assert.deepEqual(f.range, rangeIn(text, 'grade 9', '9'));
});

test('a grade sentence naming another role of the page at the same level: the copy is reported, the fix names the heading', async () => {
  const text = page(
    ['Senior Backend Engineer', `The Senior Backend Engineer is a [grade 7](${GRADE_LINK}).`],
    ['Senior Frontend Engineer', `The Senior Backend Engineer is a [grade 7](${GRADE_LINK}).`],
  );
  const findings = await checkPage(text, RD003);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.message, "Grade sentence names Senior Backend Engineer (line 1), another role of this page, but sits under 'Senior Frontend Engineer' (line 7).");
  assert.deepEqual(f.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 27 } });
  assert.deepEqual(f.fixes, [
    { title: 'Name Senior Frontend Engineer', edits: [{ range: { start: { line: 10, character: 4 }, end: { line: 10, character: 27 } }, newText: 'Senior Frontend Engineer' }], safe: false, preferred: true },
  ]);
  assert.deepEqual(f.data, { kind: 'other-role', otherRoleLine: 0 });
});

test('"Sr." and "&" name the same title as "Senior" and "and"; a wrong grade in the copy is its own finding', async () => {
  const text = page(
    ['Senior Storage and Backup Engineer', `The Senior Storage and Backup Engineer is a [grade 7](${GRADE_LINK}).`],
    ['Senior Network Engineer', `The Sr. Storage & Backup Engineer is a [grade 8](${GRADE_LINK}).`],
  );
  const findings = await checkPage(text, RD003);
  assert.deepEqual(
    findings.map((f) => f.message),
    [
      "Grade sentence names Senior Storage and Backup Engineer (line 1), another role of this page, but sits under 'Senior Network Engineer' (line 7).",
      "Grade 8 should be 7: Senior is grade 7 on the ladder (role 'Senior Network Engineer', line 7).",
    ],
  );
  assert.deepEqual(findings[0].range, rangeIn(text, 'The Sr. Storage & Backup Engineer'));
  assert.deepEqual(findings[0].fixes?.[0].edits, [{ range: rangeIn(text, 'The Sr. Storage & Backup Engineer', 'Sr. Storage & Backup Engineer'), newText: 'Senior Network Engineer' }]);
});

test('no rename is offered where the other role states no grade of its own (the sentence may have moved) or the subject is a link', async () => {
  const moved = page(['Senior Backend Engineer', 'Builds the API.'], ['Senior Frontend Engineer', `The Senior Backend Engineer is a [grade 7](${GRADE_LINK}).`]);
  const [f] = await checkPage(moved, RD003);
  assert.equal(f.message, "Grade sentence names Senior Backend Engineer (line 1), another role of this page, but sits under 'Senior Frontend Engineer' (line 7).");
  assert.equal(f.fixes, undefined);
  const linked = page(
    ['Senior Backend Engineer', `The Senior Backend Engineer is a [grade 7](${GRADE_LINK}).`],
    ['Senior Frontend Engineer', `The [Senior Backend Engineer](#senior-backend-engineer) is a [grade 7](${GRADE_LINK}).`],
  );
  const [g] = await checkPage(linked, RD003);
  assert.deepEqual(g.range, rangeIn(linked, 'The [Senior Backend Engineer](#senior-backend-engineer)'));
  assert.equal(g.fixes, undefined);
});

test('the same role in other words, a listing of grades, or an unknown title are not another role of the page', async () => {
  const grade = (subject: string, n: number) => `The ${subject} is a [grade ${n}](${GRADE_LINK}).`;
  const controls: [string, string][][] = [
    // The family name without the specialty, where the page also defines the family's own role.
    [['Senior Site Reliability Engineer', grade('Senior Site Reliability Engineer', 7)], ['Senior Site Reliability Engineer, Observability', grade('Senior Site Reliability Engineer', 7)]],
    // A specialty title under the family's heading.
    [['Senior Site Reliability Engineer, Observability', grade('Senior Site Reliability Engineer, Observability', 7)], ['Senior Site Reliability Engineer', grade('Senior Site Reliability Engineer, Observability', 7)]],
    // Word order: "Site Reliability Manager" for "Manager, Site Reliability".
    [['Manager, Site Reliability', grade('Site Reliability Manager', 8)], ['Manager, Database Reliability', grade('Manager, Database Reliability', 8)]],
    // An abbreviation names no role of the page.
    [['Staff Site Reliability Engineer', grade('Staff SRE', 8)], ['Staff Database Reliability Engineer', grade('Staff Database Reliability Engineer', 8)]],
    // The role's sentences list a neighbour's grade after its own.
    [['Senior Manager, Site Reliability', `${grade('Senior Manager, Site Reliability', 9)} ${grade('Senior Manager, Database Reliability', 9)}`], ['Senior Manager, Database Reliability', grade('Senior Manager, Database Reliability', 9)]],
  ];
  for (const roles of controls) assert.deepEqual(await checkPage(page(...roles), RD003), [], roles.map(([title]) => title).join(' / '));
});

test('another role of the page at another level stays the subject finding: one cause, one finding', async () => {
  const text = page(['Senior Data Analyst', `The Senior Data Analyst is a [grade 7](${GRADE_LINK}).`], ['Staff Data Analyst', `The Senior Data Analyst is a [grade 8](${GRADE_LINK}).`]);
  assert.deepEqual(
    (await checkPage(text, RD003)).map((f) => f.data?.kind),
    ['subject'],
  );
});
