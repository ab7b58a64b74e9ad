import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, rangeIn } from './checkPage';

const RD004 = { ruleId: 'RD004' };

test('a lower grade after a higher one on the same track', async () => {
  const text = fullRole('Recruiter', 6) + fullRole('Associate Recruiter', 5) + fullRole('Senior Recruiter', 7);
  const findings = await checkPage(text, RD004);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'grade-order');
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, 'Levels out of order: move Associate Recruiter (line 14) above Recruiter (line 1); grade 5 is below grade 6 on the Individual contributor track.');
  assert.deepEqual(f.range, rangeIn(text, '## Associate Recruiter', 'Associate Recruiter'));
  assert.deepEqual(f.data, { value: 5, previous: 6, byGrade: true });
  assert.equal(f.fixes, undefined);
});

test('each later level is compared with the highest so far', async () => {
  const text = fullRole('Recruiter', 6) + fullRole('Staff Recruiter', 8) + fullRole('Senior Recruiter', 7) + fullRole('Principal Recruiter', 9);
  const findings = await checkPage(text, RD004);
  assert.deepEqual(
    findings.map((f) => f.message),
    ['Levels out of order: move Senior Recruiter (line 27) above Staff Recruiter (line 14); grade 7 is below grade 8 on the Individual contributor track.'],
  );
});

test('going from the individual-contributor track to management is not a drop', async () => {
  const text =
    fullRole('Senior Recruiter', 7) +
    fullRole('Principal Recruiter', 9) +
    fullRole('Manager, Recruiting', 8) +
    fullRole('Senior Manager, Recruiting', 9) +
    fullRole('Director, Recruiting', 10);
  assert.deepEqual(await checkPage(text, RD004), []);
});

test('a drop on the management track is reported on that track', async () => {
  const text = fullRole('Staff Recruiter', 8) + fullRole('Director, Recruiting', 10) + fullRole('Manager, Recruiting', 8);
  const [f, ...rest] = await checkPage(text, RD004);
  assert.equal(rest.length, 0);
  assert.equal(f.message, 'Levels out of order: move Manager, Recruiting (line 27) above Director, Recruiting (line 14); grade 8 is below grade 10 on the Management track.');
});

test('equal grades and malformed grades are not drops', async () => {
  const text = fullRole('Manager, Sales', 9) + fullRole('Senior Manager, Sales', 9) + fullRole('Director, Sales', 10).replace('grade 10', 'grade 9.5');
  assert.deepEqual(await checkPage(text, { ...RD004, uri: 'file:///ws/job-families/sales/x/index.html.md' }), []);
});
