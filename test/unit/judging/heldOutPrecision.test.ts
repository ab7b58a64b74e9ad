import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleCatalog } from '../../../server/src/cli/output/ruleCatalog';
import { halfOfPage, readSplit } from '../../corpus/judging/corpusSplit';
import { readVerdicts, type Verdict } from '../../corpus/judging/verdicts';
import { formatTallies, precisionOf, rulesUnderFloor, tallyVerdicts } from '../../corpus/judging/precision';

// The judged verdicts against the floors, in the fast tier: no corpus run, the rule catalog gives each rule's severity.

test('held-out precision of every rule meets its severity floor (error 95 %, warning 90 %)', () => {
  const halfOf = halfOfPage(readSplit());
  const verdicts = readVerdicts();
  const outsideSplit = [...new Set(verdicts.map((v) => v.file).filter((file) => !halfOf(file)))];
  assert.deepEqual(outsideSplit, [], 'verdicts of pages test/corpus/split.json does not place in a half');
  const tallies = tallyVerdicts(verdicts, (file) => halfOf(file)!, ruleCatalog());
  console.log(`${verdicts.length} judged findings (test/corpus/verdicts.json), severities from the rule catalog:`);
  console.log(formatTallies(tallies));
  assert.deepEqual(rulesUnderFloor(tallies), []);
});

const verdict = (over: Partial<Verdict>): Verdict => ({ file: 'h.md', rule: 'RD001', line: 1, column: 1, excerpt: 'x', verdict: 'right', reason: 'r', ...over });
const catalog = [
  { id: 'RD001', alias: 'broken-anchor', defaultSeverity: 'error' as const },
  { id: 'RD005', alias: 'missing-section', defaultSeverity: 'warning' as const },
  { id: 'RD012', alias: 'required-phrase', defaultSeverity: 'info' as const },
];
const halfOf = (file: string) => (file === 'h.md' ? ('heldOut' as const) : ('tuning' as const));

test('verdicts are tallied per half and rule at the catalog severity, and a held-out rule under its floor is named', () => {
  const verdicts = [
    ...Array.from({ length: 18 }, (_, line) => verdict({ line })),
    verdict({ verdict: 'wrong' }),
    ...Array.from({ length: 8 }, (_, line) => verdict({ rule: 'RD005', line })),
    verdict({ rule: 'RD005', verdict: 'wrong' }),
    verdict({ rule: 'RD005', verdict: 'debatable' }),
    verdict({ rule: 'RD012', verdict: 'wrong' }),
    verdict({ file: 't.md', rule: 'RD001', verdict: 'wrong' }),
  ];
  const tallies = tallyVerdicts(verdicts, halfOf, catalog);
  assert.deepEqual(
    tallies.map((t) => [t.half, t.rule, t.alias, t.severity, t.right, t.wrong, t.debatable]),
    [
      ['heldOut', 'RD001', 'broken-anchor', 'error', 18, 1, 0],
      ['heldOut', 'RD005', 'missing-section', 'warning', 8, 1, 1],
      ['heldOut', 'RD012', 'required-phrase', 'info', 0, 1, 0],
      ['tuning', 'RD001', 'broken-anchor', 'error', 0, 1, 0],
    ],
  );
  assert.equal(precisionOf(tallies[0]), 18 / 19);
  // 18/19 = 94.7 % for an error rule, 8/9 = 88.9 % for a warning; an info rule and the tuning half have no floor.
  assert.deepEqual(rulesUnderFloor(tallies), [
    'RD001 broken-anchor (error): 94.7 % < 95.0 % on heldOut',
    'RD005 missing-section (warning): 88.9 % < 90.0 % on heldOut',
  ]);
});

test('a verdict of a rule the catalog does not hold is an error, not a silent skip', () => {
  assert.throws(() => tallyVerdicts([verdict({ rule: 'RD999', line: 4 })], halfOf, catalog), /h\.md:4: verdict of RD999, which the rule catalog does not hold/);
});
