import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, GRADE_LINK, PAGE_TAIL, range, rangeIn } from './checkPage';

const RD005 = { ruleId: 'RD005' };

test('a role without Requirements: message, heading range and an inserted skeleton', async () => {
  const text = fullRole('Security Engineer', 6) + `## Senior Security Engineer\n\n### Job Grade\n\nThe Senior Security Engineer is a grade 7.\n\n### Responsibilities\n\n- Lead.\n\n` + PAGE_TAIL;
  const findings = await checkPage(text, RD005);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'missing-section');
  assert.equal(f.severity, 'info');
  assert.equal(f.message, 'Missing Requirements for Senior Security Engineer (line 14): add one; the other levels on this page have it.');
  assert.deepEqual(f.range, rangeIn(text, '## Senior Security Engineer', 'Senior Security Engineer'));
  const at = rangeIn(text, '## Performance Indicators').start;
  assert.deepEqual(f.fixes, [
    {
      title: 'Add a Requirements section to Senior Security Engineer',
      edits: [{ range: { start: at, end: at }, newText: '### Requirements\n\n- \n\n' }],
      safe: false,
      preferred: true,
    },
  ]);
  assert.deepEqual(f.data, { kind: 'requirements', role: 'Senior Security Engineer', line: 14 });
});

test('a Job Grade skeleton at the end of the file links the grade table', async () => {
  const text = fullRole('Senior Security Engineer', 7) + PAGE_TAIL + '\n## Staff Security Engineer\n\n### Responsibilities\n\n- Set direction.\n\n### Requirements\n\n- Depth.\n';
  const findings = await checkPage(text, RD005);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range]),
    [['Missing Job Grade for Staff Security Engineer (line 22): add one; the other levels on this page have it.', rangeIn(text, '## Staff Security Engineer', 'Staff Security Engineer')]],
  );
  const end = { line: text.split('\n').length - 1, character: 0 };
  assert.deepEqual(findings[0].fixes?.[0].edits, [
    { range: { start: end, end }, newText: `\n### Job Grade\n\nThe Staff Security Engineer is a [grade N](${GRADE_LINK}).\n\n` },
  ]);
});

test('page-level sections: reported once on the first line, without a fix', async () => {
  const text = '---\ntitle: Security Engineer\n---\n\n' + fullRole('Security Engineer', 6) + '## Hiring Process\n\n- Call.\n';
  const findings = await checkPage(text, RD005);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes, f.data]),
    [['Missing Performance Indicators section: add one; the ladder requires it on every role page.', range(0, 0, 0, 3), undefined, { kind: 'performance-indicators', page: true }]],
  );
});

test('a lone role that names no level and states no grade makes no role page: nothing is asked of it', async () => {
  const text = '## Security Engineer\n\n### Responsibilities\n\n- Fix.\n\n### Requirements\n\n- Know.\n\n' + PAGE_TAIL;
  assert.deepEqual(await checkPage(text, RD005), []);
});

test('a level that lacks a section no other level of its page has is left alone: the page has its own convention', async () => {
  const role = (title: string, grade: number) => `## ${title}\n\nThe ${title} is a grade ${grade}.\n\n### Responsibilities\n\n- Do.\n\n`;
  const text = role('Senior Security Engineer', 7) + role('Staff Security Engineer', 8) + '## Requirements\n\n- Know.\n\n' + PAGE_TAIL;
  assert.deepEqual(await checkPage(text, RD005), []);
});

test('template 1: page-level Responsibilities and Requirements serve every level, the grade does not', async () => {
  const text = [
    '## Responsibilities',
    '',
    '- Build.',
    '',
    '## Requirements',
    '',
    '- Ruby.',
    '',
    '## Levels',
    '',
    '### Backend Engineer',
    '',
    '#### Backend Engineer Job Grade',
    '',
    'The Backend Engineer is a grade 6.',
    '',
    '### Senior Backend Engineer',
    '',
    '#### Senior Backend Engineer Responsibilities',
    '',
    '- Lead.',
    '',
    PAGE_TAIL,
  ].join('\n');
  const findings = await checkPage(text, RD005);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range.start.line, f.fixes?.[0].edits[0].newText]),
    [['Missing Job Grade for Senior Backend Engineer (line 17): add one; the other levels on this page have it.', 16, '#### Job Grade\n\nThe Senior Backend Engineer is a [grade N](' + GRADE_LINK + ').\n\n']],
  );
});

test('sections under Specialties do not stand in for a role\'s own', async () => {
  const text =
    fullRole('Security Engineer', 6) +
    '## Senior Security Engineer\n\nThe Senior Security Engineer is a grade 7.\n\n### Requirements\n\n- Depth.\n\n' +
    '## Specialties\n\n### Red Team\n\n#### Responsibilities\n\n- Emulate attackers.\n\n#### Requirements\n\n- Offensive security.\n\n' +
    PAGE_TAIL;
  const findings = await checkPage(text, RD005);
  assert.deepEqual(findings.map((f) => f.message), ['Missing Responsibilities for Senior Security Engineer (line 14): add one; the other levels on this page have it.']);
});

test('a misspelt section heading is misspelled-section\'s one finding, not also a missing section; NBSP and trailing spaces do not matter', async () => {
  const text =
    fullRole('Security Engineer', 6) +
    '## Senior Security Engineer\n\n### Job Grade\u00a0\n\nThe Senior Security Engineer is a grade 7.\n\n### Responsibilties\n\n- Lead.\n\n### Requirements   \n\n- Depth.\n\n' +
    PAGE_TAIL;
  const findings = await checkPage(text);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'RD005' || f.ruleId === 'RD006').map((f) => f.ruleId), ['RD006']);
});

test('prefixed sections without a role heading form a role that is not asked for sections; the page still is', async () => {
  const text = '## Levels\n\n### Staff Job Grade\n\nThe Staff Engineer is a grade 8.\n\n### Staff Requirements\n\n- Depth.\n\n' + PAGE_TAIL;
  const findings = await checkPage(text, RD005);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes?.[0].title]),
    [['Missing Responsibilities section: add one; the ladder requires it on every role page.', range(0, 0, 0, 9), undefined]],
  );
});

test('a page that is not a role doc owes nothing', async () => {
  assert.deepEqual(await checkPage('# Handbook\n\n## How to edit\n\nOpen a merge request.\n', RD005), []);
});
