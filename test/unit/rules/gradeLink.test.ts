import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, GRADE_LINK, range } from './checkPage';
import { acceptedGradeLinks, isAcceptedGradeLink } from '../../../server/src/service/rules/gradeLink';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';

const RD013 = { ruleId: 'RD013' };

test('a grade sentence linking elsewhere: exact message, the destination range, a safe fix to the first ladder link', async () => {
  const text = 'The Senior X is a [grade 7](/handbook/people-group/#grades "Grades").\n';
  const findings = await checkPage(text, RD013);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'grade-link');
  assert.equal(f.message, `Grade link to the wrong page: point it at '${GRADE_LINK}', the ladder's grade table, not '/handbook/people-group/#grades'.`);
  assert.deepEqual(f.range, range(0, 28, 0, 58));
  assert.deepEqual(f.fixes, [{ title: `Link to '${GRADE_LINK}'`, edits: [{ range: range(0, 28, 0, 58), newText: GRADE_LINK }], safe: true, preferred: true }]);
  assert.deepEqual(f.data, { target: '/handbook/people-group/#grades', expected: GRADE_LINK });
});

test('every accepted form of the ladder links', () => {
  const accepted = acceptedGradeLinks(defaultLadder.gradeLinks);
  for (const link of [
    GRADE_LINK,
    '/handbook/total-rewards/compensation/compensation-calculator#gitlab-job-grades',
    'https://about.gitlab.com/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades',
    'https://handbook.gitlab.com/handbook/total-rewards/compensation/compensation-calculator#customer-success',
    'https://about.gitlab.com/handbook/total-rewards/compensation/compensation-calculator/#job-grades',
    '{{< ref "compensation-calculator#gitlab-job-grades" >}}',
    '{{% ref "compensation-calculator#gitlab-job-grades" %}}',
    '{{< ref "/handbook/total-rewards/compensation/compensation-calculator#gitlab-job-grades" >}}',
  ]) {
    assert.ok(isAcceptedGradeLink(link, accepted), link);
  }
  for (const link of [
    'https://example.com/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades',
    '/handbook/total-rewards/compensation/compensation-calculator/',
    '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grade',
    '{{< ref "compensation#gitlab-job-grades" >}}',
  ]) {
    assert.ok(!isAcceptedGradeLink(link, accepted), link);
  }
});

test('unlinked, empty and doubled-parenthesis grade links are not this rule\'s', async () => {
  const text = `The X is a grade 6.\n\nThe Y is a [grade 6]().\n\nThe Z is a [grade 6]((${GRADE_LINK})).\n`;
  assert.deepEqual(await checkPage(text, RD013), []);
});
