import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusPresent, corpusRoot } from '../helpers/corpus';
import { runCorpusCheck, CORPUS_COMMAND } from './judging/corpusFindings';
import { halfOfPage, readSplit } from './judging/corpusSplit';
import { matchVerdicts, readVerdicts } from './judging/verdicts';
import { formatTallies, rulesUnderFloor, tallyByRule } from './judging/precision';

/**
 * Every corpus finding against its judged verdict (test/corpus/verdicts.json): prints per-rule
 * precision for both halves of the split and fails on an unjudged finding or a held-out rule under
 * its floor (errors 95 %, warnings 90 %). Needs `npm run build` (the bundled CLI) first.
 */
const SHOWN_UNJUDGED = 40;

test('every corpus finding has a verdict and held-out precision meets the floor', () => {
  assert.ok(corpusPresent, `the GitLab corpus is missing at ${corpusRoot}: the judged baseline cannot be checked`);
  const split = readSplit();
  const halfOf = halfOfPage(split);
  const findings = runCorpusCheck();
  const outsideSplit = [...new Set(findings.map((f) => f.file).filter((file) => !halfOf(file)))];
  assert.deepEqual(outsideSplit, [], 'pages with findings that test/corpus/split.json does not place in a half');
  const matching = matchVerdicts(findings, readVerdicts());
  const tallies = tallyByRule(matching.judged, (file) => halfOf(file)!);
  console.log(`role-docs ${CORPUS_COMMAND.join(' ')}: ${findings.length} findings`);
  console.log(formatTallies(tallies));
  console.log(`${matching.stale.length} stale verdicts (no finding any more)`);
  const unjudged = matching.unjudged.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
  const failures = [...rulesUnderFloor(tallies)];
  if (unjudged.length) {
    failures.push(`${unjudged.length} findings have no verdict (npm run verdicts -- --unjudged), first ones:`, ...unjudged.slice(0, SHOWN_UNJUDGED));
  }
  assert.equal(failures.join('\n'), '');
});
