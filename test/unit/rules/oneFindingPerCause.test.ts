import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, GRADE_LINK, PAGE_TAIL, rangeIn } from './checkPage';

// One defect on the page, one finding: these rules must not each report the same cause.
const STRUCTURE_RULES = new Set(['RD002', 'RD003', 'RD004', 'RD005', 'RD006', 'RD008']);
const structureFindings = async (text: string) => (await checkPage(text)).filter((f) => STRUCTURE_RULES.has(f.ruleId));

test('a level pasted twice, grade and sections, is one finding on the copy', async () => {
  const text = fullRole('Senior Security Engineer', 7) + fullRole('Staff Security Engineer', 8) + fullRole('Senior Security Engineer', 7) + PAGE_TAIL;
  const findings = await structureFindings(text);
  // Line 27 (0-based 26) is the copy's heading; its text starts after "## ".
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.message, f.range, f.data]),
    [
      [
        'RD004',
        'Senior Security Engineer (line 27) repeats the level of line 1 with a grade of its own: list each level once.',
        { start: { line: 26, character: 3 }, end: { line: 26, character: 27 } },
        { role: 'Senior Security Engineer', first: 1 },
      ],
    ],
  );
});

test('a base level pasted after a higher one, lacking a section, is still one finding: no "listed after", no missing section', async () => {
  const copy = `## Security Engineer\n\n### Job Grade\n\nThe Security Engineer is a [grade 6](${GRADE_LINK}).\n\n### Responsibilities\n\n- Do the work.\n\n`;
  const text = fullRole('Security Engineer', 6) + fullRole('Staff Security Engineer', 8) + copy + PAGE_TAIL;
  const findings = await structureFindings(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.message, f.range]),
    [['RD004', 'Security Engineer (line 27) repeats the level of line 1 with a grade of its own: list each level once.', { start: { line: 26, character: 3 }, end: { line: 26, character: 20 } }]],
  );
});

test('level headings repeated without a grade ("Required skills by level") are a layout: no finding', async () => {
  const text =
    fullRole('Security Engineer', 6) +
    fullRole('Senior Security Engineer', 7) +
    '## Required Skills by Level\n\n### Security Engineer\n\n- Threat models.\n\n### Senior Security Engineer\n\n- Leads reviews.\n\n' +
    PAGE_TAIL;
  assert.deepEqual(await structureFindings(text), []);
});

test('a misspelt page-wide section is misspelled-section\'s one finding, not also missing-section\'s', async () => {
  const text = fullRole('Security Engineer', 6) + '## Performance Indicators\n\n- One.\n\n## Hiring Process\n\n- Two.\n';
  const misspelt = text.replace('### Requirements', '### Requirments');
  const findings = await structureFindings(misspelt);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.message, f.range]),
    [['RD006', "Misspelled 'Requirments': write 'Requirements' (heading 'Requirments').", rangeIn(misspelt, '### Requirments', 'Requirments')]],
  );
});
