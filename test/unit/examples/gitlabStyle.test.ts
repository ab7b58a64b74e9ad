import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefly, loadExample, rolesOfCleanPage, replaceOnce, roleLevels, runExample, swapBlocks } from './exampleEngine';

// examples/ladders/gitlab-style: the built-in ladder (extends "gitlab"), Levels → roles with Job Grade, Responsibilities, Requirements.
const example = await loadExample('gitlab-style', 'job-families/engineering/reliability-engineer/index.html.md');

test('gitlab style: each level heading under Levels is a confident role with its grade, sections and extends claim, and nothing is reported', async () => {
  const roles = await rolesOfCleanPage(example);
  assert.deepEqual(roleLevels(roles), [
    ['Associate Reliability Engineer', 12, 'heading', 'associate', true],
    ['Reliability Engineer (Intermediate)', 28, 'heading', 'intermediate', true],
    ['Senior Reliability Engineer', 44, 'heading', 'senior', true],
  ]);
  assert.deepEqual(
    roles.roles.map((r) => [r.grade, r.code, r.levelSource, r.sections, r.missing, r.extends]),
    [
      [5, null, 'title', ['job-grade', 'responsibilities', 'requirements'], [], []],
      [6, null, 'title', ['job-grade', 'responsibilities', 'requirements'], [], [{ role: 'Associate Reliability Engineer', fragment: 'associate-reliability-engineer-responsibilities' }]],
      [7, null, 'title', ['job-grade', 'responsibilities', 'requirements'], [], [{ role: 'Reliability Engineer (Intermediate)', fragment: 'reliability-engineer-intermediate-responsibilities' }]],
    ],
  );
});

test('gitlab style: Intermediate listed before Associate gives one grade-order finding, by stated grade', async () => {
  const text = swapBlocks(example.text, '### Associate Reliability Engineer', '### Reliability Engineer (Intermediate)');
  const { findings } = await runExample(example, text);
  assert.deepEqual(briefly(findings), [
    [
      'RD004/grade-order',
      28,
      'Levels out of order: move Associate Reliability Engineer (line 28) above Reliability Engineer (Intermediate) (line 12); grade 5 is below grade 6 on the Individual contributor track.',
    ],
  ]);
});

test('gitlab style: Senior without its Requirements section gives one missing-section finding with a skeleton fix', async () => {
  const requirements = '#### Senior Reliability Engineer Requirements\n\n- Has run a large incident from first page to the last follow-up.\n- Ability to use GitLab\n\n';
  const text = replaceOnce(example.text, requirements, '');
  const { findings, roles } = await runExample(example, text);
  assert.deepEqual(briefly(findings), [['RD005/missing-section', 44, 'Missing Requirements for Senior Reliability Engineer (line 44): add one; the other levels on this page have it.']]);
  assert.equal(findings[0].fixes?.[0].title, 'Add a Requirements section to Senior Reliability Engineer');
  assert.deepEqual(roles.roles[2].missing, ['requirements']);
});

// The GitLab ladder states levels by grade sentences, not level statements: a wrong grade is this shape's wrong level statement.
test('gitlab style: a grade sentence giving Senior grade 6 gives one grade-mismatch finding', async () => {
  const text = replaceOnce(example.text, 'The Senior Reliability Engineer is a [grade 7]', 'The Senior Reliability Engineer is a [grade 6]');
  const { findings } = await runExample(example, text);
  assert.deepEqual(briefly(findings), [['RD003/grade-mismatch', 48, "Grade 6 should be 7: Senior is grade 7 on the ladder (role 'Senior Reliability Engineer', line 44)."]]);
});

// The GitLab ladder names levels by words and has no codes, so no heading reads as a level it lacks.
test('gitlab style: a heading with a code-like name is no unknown level, as the ladder has no codes', async () => {
  const text = replaceOnce(example.text, '## Performance Indicators', '### IC7\n\n- Sets the direction.\n\n## Performance Indicators');
  const { findings, roles } = await runExample(example, text);
  assert.deepEqual(briefly(findings), []);
  assert.deepEqual(roles.unknownLevels, []);
});
