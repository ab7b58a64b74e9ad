import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, GRADE_LINK, PAGE_TAIL, rangeIn } from './checkPage';

const RD018 = { ruleId: 'RD018' };

/** A graded role whose sections hold the given lines, in the order given. */
function role(title: string, grade: number, sections: [string, string[]][]): string {
  const body = sections.flatMap(([heading, lines]) => [`### ${heading}`, '', ...lines.map((l) => `- ${l}`), '']);
  return [`## ${title}`, '', '### Job Grade', '', `The ${title} is a [grade ${grade}](${GRADE_LINK}).`, '', ...body].join('\n');
}

const base = fullRole('Analyst', 6) + fullRole('Senior Analyst', 7);

test('a Responsibilities section extending the requirements: one finding on the claim, naming the role', async () => {
  const text = base + role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst requirements.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]) + PAGE_TAIL;
  const [finding, ...rest] = await checkPage(text, RD018);
  assert.deepEqual(rest, []);
  assert.equal(finding.message, "Extends the requirements in Responsibilities: write 'Extends the Senior Analyst responsibilities', or move the line to Requirements (role 'Staff Analyst', line 27).");
  assert.deepEqual(finding.range, rangeIn(text, '- Extends the Senior Analyst requirements.', 'Extends the Senior Analyst requirements'));
});

test('both sections extending the other kind is one finding: the claims or the headings are swapped', async () => {
  const text = base + role('Staff Analyst', 8, [['Requirements', ['Extends the Senior Analyst responsibilities.']], ['Responsibilities', ['Extends the Senior Analyst requirements.']]]) + PAGE_TAIL;
  assert.deepEqual((await checkPage(text, RD018)).map((f) => [f.message, f.range]), [
    [
      "Extends claims swapped: Requirements extends the responsibilities and Responsibilities the requirements; swap the two claims, or the two headings if their lists are swapped too (role 'Staff Analyst', line 27).",
      rangeIn(text, 'Extends the Senior Analyst responsibilities'),
    ],
  ]);
});

test('Responsibilities and Requirements extending two levels: one finding on the later claim', async () => {
  const staff = role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst responsibilities.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]);
  const principal = role('Principal Analyst', 9, [['Responsibilities', ['Extends the Staff Analyst responsibilities.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]);
  const text = base + staff + principal + PAGE_TAIL;
  const findings = await checkPage(text, RD018);
  assert.deepEqual(findings.map((f) => f.message), [
    "Extends two levels: Principal Analyst's Responsibilities extend Staff Analyst (Staff) and its Requirements extend Senior Analyst (Senior); extend the same level in both.",
  ]);
  const at = text.lastIndexOf('Extends the Senior Analyst requirements');
  assert.equal(findings[0].range.start.line, text.slice(0, at).split('\n').length - 1);
});

test('silent: the same level in both, a claim naming both kinds, a base title, a linked claim (extends-target\'s), a page with no claims', async () => {
  const same = role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst responsibilities.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]);
  const both = role('Staff Analyst', 8, [['Responsibilities', ['Extends the responsibilities and requirements of the Senior Analyst.']], ['Requirements', ['Set the direction.']]]);
  // "Analyst" is the family's base title: its level is inferred, not named, so no comparison.
  const baseTitle = role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst responsibilities.']], ['Requirements', ['Extends the Analyst requirements.']]]);
  const linked = role('Staff Analyst', 8, [['Responsibilities', ['Extends that of the [Senior Analyst](#requirements-1) requirements.']], ['Requirements', ['Set the direction.']]]);
  for (const staff of [same, both, baseTitle, linked]) assert.deepEqual(await checkPage(base + staff + PAGE_TAIL, RD018), [], staff);
  assert.deepEqual(await checkPage(base + PAGE_TAIL, RD018), []);
});
