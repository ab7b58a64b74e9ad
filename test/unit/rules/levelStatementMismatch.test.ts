import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, rangeIn } from './checkPage';
import { codeLadder, codeLevel } from './codeLadder';

const RD017 = { ruleId: 'RD017', ladder: codeLadder() };

test('"Level: IC2" under ## IC3: one finding on the stated code, with a fix to the heading\'s code', async () => {
  const text = codeLevel('IC2') + '\n' + codeLevel('IC3', 'Level: IC2');
  const findings = await checkPage(text, RD017);
  const stated = rangeIn(text, 'Level: IC2', 'IC2');
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity, f.message, f.range, f.fixes, f.data]),
    [
      [
        'level-statement',
        'warning',
        "Level statement says IC2, the role is IC3: make them agree (the heading 'IC3', line 6).",
        stated,
        [{ title: "Change 'IC2' to 'IC3'", edits: [{ range: stated, newText: 'IC3' }], safe: false }],
        { stated: 'ic2', level: 'ic3' },
      ],
    ],
  );
});

test('a statement naming a level by its title is fixed with the title', async () => {
  const text = codeLevel('IC2') + '\n' + codeLevel('IC3', 'This role is an Engineer.');
  const findings = await checkPage(text, RD017);
  assert.deepEqual(
    findings.map((f) => [f.message, f.fixes?.[0].edits[0].newText]),
    [["Level statement says Engineer, the role is IC3: make them agree (the heading 'IC3', line 6).", 'Senior Engineer']],
  );
});

test('statements of the heading\'s own level, by code or title, are not reported', async () => {
  const text = codeLevel('IC2', 'Level: IC2') + '\n' + codeLevel('IC3', 'This role is an IC3, a Senior Engineer.');
  assert.deepEqual(await checkPage(text, RD017), []);
});

test('a heading naming no level takes it from its first statement; a later one that disagrees is reported', async () => {
  const text = codeLevel('Platform work', 'This role is an IC3.', 'Level: IC4') + '\n' + codeLevel('IC2');
  const findings = await checkPage(text, RD017);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range]),
    [["Level statement says IC4, the role is IC3: make them agree (its first level statement, line 1).", rangeIn(text, 'Level: IC4', 'IC4')]],
  );
});

test('a page the ladder excludes from role pages is not reported', async () => {
  const text = codeLevel('IC2') + '\n' + codeLevel('IC3', 'Level: IC2');
  const ladder = codeLadder({ rolePages: { exclude: ['**/example/**'] } });
  assert.deepEqual(await checkPage(text, { ruleId: 'RD017', ladder }), []);
});
