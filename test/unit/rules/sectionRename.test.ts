import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, GRADE_LINK, PAGE_TAIL, rangeIn } from './checkPage';
import { ladderFromObject } from '../../../server/src/service/ladder/loadLadder';

const RD005 = { ruleId: 'RD005' };

const levels = (variantHeading: string) =>
  [
    '## Recruiter',
    '',
    '### Levels',
    '',
    '#### Intern',
    '',
    '##### Job Grade',
    '',
    `The Intern is a [grade 4](${GRADE_LINK}).`,
    '',
    '##### Responsibilities',
    '',
    '- Source candidates.',
    '',
    `##### ${variantHeading}`,
    '',
    '- Enrolled at a university.',
    '',
    '#### Senior',
    '',
    '##### Job Grade',
    '',
    `The Senior is a [grade 7](${GRADE_LINK}).`,
    '',
    '##### Responsibilities',
    '',
    '- Lead searches.',
    '',
    '##### Requirements',
    '',
    '- Five years of recruiting.',
    '',
  ].join('\n') + PAGE_TAIL;

test('a level holding its Requirements under "About you" is asked to rename the heading, not to add a section', async () => {
  const text = levels('About you');
  const findings = await checkPage(text, RD005);
  const at = rangeIn(text, '##### About you', 'About you');
  assert.deepEqual(
    findings.map((f) => [f.rule, f.message, f.range, f.fixes, f.data]),
    [
      [
        'missing-section',
        "Rename 'About you' to 'Requirements': it is the Requirements section of Intern.",
        at,
        [{ title: "Rename 'About you' to 'Requirements'", edits: [{ range: at, newText: 'Requirements' }], safe: false, preferred: true }],
        { kind: 'requirements', rename: 'About you', to: 'Requirements', role: 'Intern' },
      ],
    ],
  );
});

test('the rename keeps the colon out of the message and an explicit id on the heading', async () => {
  const text = levels('You should apply if: {#apply}');
  const findings = await checkPage(text, RD005);
  const at = rangeIn(text, '##### You should apply if: {#apply}', 'You should apply if:');
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes?.[0].edits]),
    [["Rename 'You should apply if' to 'Requirements': it is the Requirements section of Intern.", at, [{ range: at, newText: 'Requirements' }]]],
  );
});

test('a page whose only Requirements heading is a variant gets one page-wide rename', async () => {
  const text = [
    '## Support Engineer',
    '',
    '### Job Grade',
    '',
    `The Support Engineer is a [grade 6](${GRADE_LINK}).`,
    '',
    '### Responsibilities',
    '',
    '- Resolve tickets.',
    '',
    '### You should apply if:',
    '',
    '- You like puzzles.',
    '',
  ].join('\n') + PAGE_TAIL;
  const findings = await checkPage(text, RD005);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.data]),
    [
      [
        "Rename 'You should apply if' to 'Requirements': it is the Requirements section of this page.",
        rangeIn(text, '### You should apply if:', 'You should apply if:'),
        { kind: 'requirements', rename: 'You should apply if', to: 'Requirements', page: true },
      ],
    ],
  );
});

test('a variant heading under the section it names is part of it: nothing to rename', async () => {
  const text = fullRole('Support Engineer', 6).replace('### Requirements\n\n', '### Requirements\n\n#### You should apply if:\n\n') + PAGE_TAIL;
  assert.deepEqual(await checkPage(text, RD005), []);
});

test('sections under the ladder\'s other names count as present: "What you can expect…", "Primary Performance Indicator…", "Hiring process overview"', async () => {
  const role = fullRole('Support Engineer', 6).replace('### Responsibilities', '### What you can expect in a Support Engineer role at GitLab:');
  const text = role + '## Primary Performance Indicator for the Role\n\n- Tickets solved.\n\n## Hiring process overview\n\n- A call.\n';
  assert.deepEqual(await checkPage(text, RD005), []);
});

test('the ladder decides: without the variant the level is missing its Requirements', async () => {
  const { ladder, problems } = ladderFromObject({ extends: 'gitlab', sectionVariants: { requirements: [] } }, 'plain.json');
  assert.deepEqual(problems, []);
  const text = levels('About you');
  const findings = await checkPage(text, { ...RD005, ladder });
  assert.deepEqual(
    findings.map((f) => [f.message, f.fixes?.[0].title]),
    [['Missing Requirements for Intern (line 5): add one; the other levels on this page have it.', 'Add a Requirements section to Intern']],
  );
});
