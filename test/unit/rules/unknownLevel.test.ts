import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, PAGE_TAIL, rangeIn } from './checkPage';
import { codeLadder, codeLevel } from './codeLadder';

const RD016 = { ruleId: 'RD016', ladder: codeLadder() };

test('an IC5 heading beside IC3 and IC4 when the ladder stops at IC4: one finding on the heading text', async () => {
  const text = codeLevel('IC3') + '\n' + codeLevel('IC4') + '\n' + codeLevel('IC5');
  const findings = await checkPage(text, RD016);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity, f.message, f.range, f.data]),
    [
      [
        'unknown-level',
        'warning',
        "Unknown level 'IC5': the Codes ladder's IC levels are IC1, IC2, IC3, IC4.",
        rangeIn(text, '## IC5', 'IC5'),
        { name: 'IC5', known: ['IC1', 'IC2', 'IC3', 'IC4'] },
      ],
    ],
  );
});

test('a manager code names the known codes of its own prefix', async () => {
  const text = codeLevel('M3') + '\n' + codeLevel('M4') + '\n' + codeLevel('M7');
  const findings = await checkPage(text, RD016);
  assert.deepEqual(
    findings.map((f) => f.message),
    ["Unknown level 'M7': the Codes ladder's M levels are M3, M4."],
  );
});

test('a code-shaped heading with no level headings beside it is not reported', async () => {
  const text = '# Notes\n\n## IC9 planning\n\nThe plan.\n';
  assert.deepEqual(await checkPage(text, RD016), []);
});

test('a page the ladder excludes from role pages is not reported', async () => {
  const text = codeLevel('IC3') + '\n' + codeLevel('IC4') + '\n' + codeLevel('IC5');
  const ladder = codeLadder({ rolePages: { exclude: ['**/example/**'] } });
  assert.deepEqual(await checkPage(text, { ruleId: 'RD016', ladder }), []);
});

test('the built-in ladder has no level codes, so an IC7 heading among its roles is no unknown level', async () => {
  const text = fullRole('Senior Data Engineer', 7) + '## IC7\n\n- Sets direction.\n\n' + PAGE_TAIL;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD016' }), []);
});
