import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, range } from './checkPage';
import { closestSectionWord } from '../../../server/src/service/rules/misspelledSection';

const RD006 = { ruleId: 'RD006' };

test('a misspelled section word: exact message, the word range, one safe fix keeping the rest of the heading', async () => {
  const text = '## Levels\n\n### Staff\n\n#### Staff Responsibilties and more\n';
  const findings = await checkPage(text, RD006);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'misspelled-section');
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, "Misspelled 'Responsibilties': write 'Responsibilities' (heading 'Staff Responsibilties and more').");
  assert.deepEqual(f.range, range(4, 11, 4, 26));
  assert.deepEqual(f.fixes, [
    { title: "Change 'Responsibilties' to 'Responsibilities'", edits: [{ range: range(4, 11, 4, 26), newText: 'Responsibilities' }], safe: true, preferred: true },
  ]);
  assert.deepEqual(f.data, { word: 'Responsibilties', replacement: 'Responsibilities' });
});

test('every real corpus misspelling maps to its section word, in the case it was written', async () => {
  const text = ['# Responsbilities', '## Responsibilites', '## responsibilies', '## RESPONSIBLITIES', '## Requirments', ''].join('\n');
  const findings = await checkPage(text, RD006);
  assert.deepEqual(
    findings.map((f) => [f.range.start.line, f.fixes?.[0].edits[0].newText]),
    [
      [0, 'Responsibilities'],
      [1, 'Responsibilities'],
      [2, 'responsibilities'],
      [3, 'RESPONSIBILITIES'],
      [4, 'Requirements'],
    ],
  );
});

test('correct words, plurals, short words and unrelated words are not flagged', async () => {
  const text = ['## Responsibilities', '## Requirement', '## Specializations', '## Responsible Disclosure', '## Levels', '## Level', '## Careers', '## Indicator', '## Requisitions', ''].join('\n');
  assert.deepEqual(await checkPage(text, RD006), []);
});

test('closestSectionWord needs the word to be close relative to its length', () => {
  const vocabulary = { all: new Set(['requirements', 'responsibilities']), comparable: ['requirements', 'responsibilities'] };
  assert.equal(closestSectionWord('Requirments', vocabulary), 'requirements');
  assert.equal(closestSectionWord('Requirements', vocabulary), undefined);
  assert.equal(closestSectionWord('Requirem', vocabulary), undefined);
  assert.equal(closestSectionWord('Retirements', vocabulary), undefined);
});

test('an extends claim opening with "Exends" is read as a claim and reported as a misspelling, with a safe fix', async () => {
  const text = '## Senior Backend Engineer\n\n### Requirements\n\n- Exends that of the [Backend Engineer](#requirements) requirements.\n';
  const findings = await checkPage(text, { ruleId: 'RD006' });
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes, f.data]),
    [[
      "Misspelled 'Exends' in the extends claim: write 'Extends'.",
      range(4, 2, 4, 8),
      [{ title: "Change 'Exends' to 'Extends'", edits: [{ range: range(4, 2, 4, 8), newText: 'Extends' }], safe: true, preferred: true }],
      { word: 'Exends', replacement: 'Extends' },
    ]],
  );
});
