import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusPresent, corpusRoot } from '../helpers/corpus';
import { computeSplit } from './judging/computeSplit';
import { readSplit } from './judging/corpusSplit';

/** test/corpus/split.json is what its recorded seed draws from the corpus today: no page unplaced, no hand edits. */
test('the recorded tuning / heldOut split is redrawn exactly from its seed', () => {
  assert.ok(corpusPresent, `the GitLab corpus is missing at ${corpusRoot}: the split cannot be checked`);
  const recorded = readSplit();
  const { split } = computeSplit(recorded.seed);
  assert.deepEqual(split, recorded);
  const halves = Object.values(recorded.families).map((f) => f.half);
  assert.deepEqual([halves.filter((h) => h === 'tuning').length, halves.filter((h) => h === 'heldOut').length], [140, 139]);
});
