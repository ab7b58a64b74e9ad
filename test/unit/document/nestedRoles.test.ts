import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from './parse';
import { checkPage } from '../rules/checkPage';

const LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

// Level headings under page-wide sections: a role where the heading names a level and holds a role of its own, else part of that section.

const roleTitles = (text: string) => parse(text).roles.map((r) => [r.title, r.heading.depth, r.confident, r.sections.map((s) => s.kind)]);

const level = (title: string, grade: number, depth: number) => {
  const h = '#'.repeat(depth);
  return [`${h} ${title}`, `${h}# Job Grade`, `The ${title} is a [grade ${grade}](${LINK}).`, `${h}# Responsibilities`, '- Lead.', `${h}# Requirements`, '- Depth.', ''].join('\n');
};

const head = level('Security Engineer', 6, 2) + level('Senior Security Engineer', 7, 2);

test('per-level parts of Performance Indicators and Hiring Process are no roles: nothing is asked of them', async () => {
  const text =
    head +
    '## Performance Indicators\n\n- Incidents closed.\n\n### Staff Security Engineer\n\n#### Activities\n\n- Threat reviews.\n\n#### Performance Indicators\n\n- One review a quarter.\n\n' +
    '## Hiring Process\n\n- A call.\n\n### Senior Security Engineer\n\n- A take-home exercise.\n';
  assert.deepEqual(roleTitles(text), [
    ['Security Engineer', 2, true, ['job-grade', 'responsibilities', 'requirements']],
    ['Senior Security Engineer', 2, true, ['job-grade', 'responsibilities', 'requirements']],
  ]);
  assert.deepEqual((await checkPage(text)).filter((f) => ['RD003', 'RD004', 'RD005'].includes(f.ruleId)), []);
});

test('a whole level under Career Ladder is a role, and the role rules read it', async () => {
  const text = head + '## Career Ladder\n\n' + level('Staff Security Engineer', 9, 3) + '## Performance Indicators\n\n- One.\n\n## Hiring Process\n\n- Two.\n';
  assert.deepEqual(roleTitles(text).at(-1), ['Staff Security Engineer', 3, true, ['job-grade', 'responsibilities', 'requirements']]);
  const findings = await checkPage(text, { ruleId: 'RD003' });
  assert.deepEqual(findings.map((f) => [f.message, f.range.start.line]), [["Grade 9 should be 8: Staff is grade 8 on the ladder (role 'Staff Security Engineer', line 17).", 18]]);
});

test('under Specialties only a whole level (named, graded, responsibilities and requirements) is a role; a named specialty is not', () => {
  const text =
    head +
    '## Specialties\n\n### Red Team\n\n- Offensive work.\n\n### Senior Security Engineer, Red Team\n\n#### Requirements\n\n- Exploits.\n\n' +
    level('Staff Security Engineer', 8, 3);
  assert.deepEqual(roleTitles(text), [
    ['Security Engineer', 2, true, ['job-grade', 'responsibilities', 'requirements']],
    ['Senior Security Engineer', 2, true, ['job-grade', 'responsibilities', 'requirements']],
    ['Staff Security Engineer', 3, true, ['job-grade', 'responsibilities', 'requirements']],
  ]);
});

test('a base level (no level word) under a page-wide section is a role when it states its grade', () => {
  const text = '## Performance Indicators\n\n- One.\n\n' + level('Frontend Engineer', 6, 3) + level('Senior Frontend Engineer', 7, 3);
  assert.deepEqual(roleTitles(text), [
    ['Frontend Engineer', 3, true, ['job-grade', 'responsibilities', 'requirements']],
    ['Senior Frontend Engineer', 3, true, ['job-grade', 'responsibilities', 'requirements']],
  ]);
  const ungraded = '## Hiring Process\n\n### Frontend Engineer\n\n#### Responsibilities\n\n- Review.\n\n#### Requirements\n\n- Vue.\n';
  assert.deepEqual(roleTitles(ungraded), []);
});

test('a level heading with only a grade under a page-wide section is a role; with no grade and one section it is not', () => {
  const graded = head + `## Career Ladder\n\n### Staff Security Engineer\n\nThe Staff Security Engineer is a [grade 8](${LINK}).\n`;
  assert.deepEqual(roleTitles(graded).at(-1), ['Staff Security Engineer', 3, true, []]);
  const unclear = head + '## Career Ladder\n\n### Staff Security Engineer\n\n#### Responsibilities\n\n- Set direction.\n';
  assert.equal(roleTitles(unclear).length, 2);
});
