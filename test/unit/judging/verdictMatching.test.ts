import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptOf, type CorpusFinding } from '../../corpus/judging/corpusFindings';
import { matchVerdicts, type Verdict } from '../../corpus/judging/verdicts';
import { formatPercent, precisionOf, rulesUnderFloor, tallyByRule } from '../../corpus/judging/precision';
import { describeFinding, headingsAbove } from '../../corpus/judging/findingContext';

const finding = (over: Partial<CorpusFinding>): CorpusFinding => ({
  file: 'a.md', rule: 'RD005', alias: 'missing-section', severity: 'warning', line: 3, column: 4, endLine: 3, endColumn: 9, excerpt: 'Staff', message: 'm', ...over,
});
const verdict = (over: Partial<Verdict>): Verdict => ({ file: 'a.md', rule: 'RD005', line: 3, column: 4, excerpt: 'Staff', verdict: 'right', reason: 'r', ...over });

test('the excerpt is the range text, cut at its first line and at 120 characters', () => {
  const lines = ['# Title', 'The Staff Engineer is a [grade 8](#x).', 'x'.repeat(200)];
  assert.equal(excerptOf(lines, 2, 5, 2, 19), 'Staff Engineer');
  assert.equal(excerptOf(lines, 1, 3, 2, 4), 'Title');
  assert.equal(excerptOf(lines, 3, 1, 3, 201).length, 120);
  assert.equal(excerptOf(lines, 9, 1, 9, 2), '');
});

test('findings pair with verdicts by file, rule, line and excerpt; the rest are unjudged or stale', () => {
  const findings = [finding({ line: 3 }), finding({ line: 5, excerpt: 'Senior' }), finding({ line: 7, rule: 'RD003' })];
  const verdicts = [verdict({ line: 3, column: 99, reason: 'column ignored' }), verdict({ line: 5, excerpt: 'Senior (old)' }), verdict({ line: 9 })];
  const m = matchVerdicts(findings, verdicts);
  assert.deepEqual(m.judged.map((j) => [j.finding.line, j.verdict.reason]), [[3, 'column ignored']]);
  assert.deepEqual(m.unjudged.map((f) => f.line), [5, 7]);
  assert.deepEqual(m.stale.map((v) => [v.line, v.excerpt]), [[5, 'Senior (old)'], [9, 'Staff']]);
});

test('findings sharing a key pair by message first, then in order', () => {
  const findings = [finding({ message: 'no Requirements' }), finding({ message: 'no Job Grade' }), finding({ message: 'reworded' })];
  const verdicts = [verdict({ message: 'no Job Grade', verdict: 'wrong' }), verdict({ message: 'old wording', verdict: 'debatable' }), verdict({ message: 'no Requirements', verdict: 'right' })];
  const m = matchVerdicts(findings, verdicts);
  assert.deepEqual(m.judged.map((j) => [j.finding.message, j.verdict.verdict]), [['no Requirements', 'right'], ['no Job Grade', 'wrong'], ['reworded', 'debatable']]);
  assert.deepEqual([m.unjudged.length, m.stale.length], [0, 0]);
});

test('precision per half and rule counts debatable apart and checks the held-out floors', () => {
  const judged = [
    ...Array.from({ length: 19 }, (_, i) => ({ finding: finding({ file: 'h.md', rule: 'RD001', severity: 'error', line: i }), verdict: verdict({ verdict: 'right' }) })),
    { finding: finding({ file: 'h.md', rule: 'RD001', severity: 'error' }), verdict: verdict({ verdict: 'wrong' }) },
    { finding: finding({ file: 'h.md', rule: 'RD005' }), verdict: verdict({ verdict: 'debatable' }) },
    { finding: finding({ file: 't.md', rule: 'RD005' }), verdict: verdict({ verdict: 'wrong' }) },
  ];
  const tallies = tallyByRule(judged, (file) => (file === 'h.md' ? 'heldOut' : 'tuning'));
  assert.deepEqual(
    tallies.map((t) => [t.half, t.rule, t.severity, t.right, t.wrong, t.debatable]),
    [['heldOut', 'RD001', 'error', 19, 1, 0], ['heldOut', 'RD005', 'warning', 0, 0, 1], ['tuning', 'RD005', 'warning', 0, 1, 0]],
  );
  assert.equal(precisionOf(tallies[0]), 0.95);
  assert.equal(precisionOf(tallies[1]), undefined);
  assert.deepEqual(rulesUnderFloor(tallies), []);
  tallies[0].wrong = 2;
  assert.deepEqual(rulesUnderFloor(tallies), ['RD001 missing-section (error): 90.5 % < 95.0 % on heldOut']);
  assert.equal(formatPercent(undefined), '—');
});

test('a finding is shown with the headings above it (outside code fences) and its neighbouring lines', () => {
  const lines = ['# Page', '## Levels', '```', '## not a heading', '```', '### Staff', 'text', '#### Staff Job Grade', 'grade line'];
  assert.deepEqual(headingsAbove(lines, 7), ['1: # Page', '2: ## Levels', '6: ### Staff']);
  const shown = describeFinding(finding({ line: 9, column: 1, excerpt: 'grade', message: 'msg' }), lines, 'tuning', 1);
  assert.equal(
    shown,
    [
      'a.md:9:1 RD005 missing-section [warning, tuning] msg',
      '  excerpt: "grade"',
      '  under 1: # Page',
      '  under 2: ## Levels',
      '  under 6: ### Staff',
      '  under 8: #### Staff Job Grade',
      '     8| #### Staff Job Grade',
      '>    9| grade line',
    ].join('\n'),
  );
});
