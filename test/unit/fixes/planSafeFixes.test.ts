import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { planSafeFixes } from '../../../server/src/service/fixes/planSafeFixes';
import type { Finding, Fix } from '../../../server/src/service/types';

const text = 'alpha beta\ngamma delta\n';
const doc = { text, lines: new LineIndex(text) };
const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const fix = (line: number, start: number, end: number, newText: string, safe = true): Fix => ({ title: `-> ${newText}`, edits: [{ range: at(line, start, end), newText }], safe });
const finding = (...fixes: Fix[]): Finding => ({ ruleId: 'RD001', range: at(0, 0, 1), message: 'm', fixes });

test('only a lone safe fix is applied; unsafe ones and a choice between safe ones are left', () => {
  const plan = planSafeFixes(doc, [
    finding(fix(0, 0, 5, 'ALPHA')),
    finding(fix(0, 6, 10, 'BETA', false)),
    finding(fix(1, 0, 5, 'GAMMA'), fix(1, 0, 5, 'GAMMA!')),
    finding(fix(1, 6, 11, 'DELTA', false), fix(1, 6, 11, 'Delta')),
    finding(),
  ]);
  assert.deepEqual(plan, {
    edits: [
      { start: 0, end: 5, newText: 'ALPHA' },
      { start: 17, end: 22, newText: 'Delta' },
    ],
    fixedFindings: 2,
  });
});

test('a fix overlapping a chosen one waits for the next pass; an identical one counts as fixed', () => {
  const plan = planSafeFixes(doc, [finding(fix(0, 0, 5, 'A')), finding(fix(0, 3, 8, 'B')), finding(fix(0, 0, 5, 'A'))]);
  assert.deepEqual(plan, { edits: [{ start: 0, end: 5, newText: 'A' }], fixedFindings: 2 });
});

test('a fix that changes nothing, or whose own edits overlap, is not a fix', () => {
  const noOp = finding(fix(0, 0, 5, 'alpha'));
  const selfOverlap = finding({ title: 't', safe: true, edits: [{ range: at(0, 0, 4), newText: 'x' }, { range: at(0, 2, 6), newText: 'y' }] });
  assert.deepEqual(planSafeFixes(doc, [noOp, selfOverlap]), { edits: [], fixedFindings: 0 });
});

test('a multi-edit fix is applied whole', () => {
  const both = finding({ title: 't', safe: true, edits: [{ range: at(1, 6, 11), newText: 'D' }, { range: at(0, 6, 10), newText: 'B' }] });
  assert.deepEqual(planSafeFixes(doc, [both]), {
    edits: [
      { start: 6, end: 10, newText: 'B' },
      { start: 17, end: 22, newText: 'D' },
    ],
    fixedFindings: 1,
  });
});
