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
  const failures = [...rulesUnderFloor(tallies)];
  if (matching.unjudged.length) {
    // Counts only for the held-out half: its findings stay unseen until it is judged at the end.
    const counts = new Map<string, number>();
    for (const f of matching.unjudged) {
      const key = `${halfOf(f.file)} ${f.rule}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const shown = matching.unjudged.filter((f) => halfOf(f.file) === 'tuning').slice(0, SHOWN_UNJUDGED);
    failures.push(
      `${matching.unjudged.length} findings have no verdict (npm run verdicts -- --unjudged): ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
      ...shown.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`),
    );
  }
  assert.equal(failures.join('\n'), '');
});
