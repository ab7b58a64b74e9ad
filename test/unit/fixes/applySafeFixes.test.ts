import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { applySafeFixes, MAX_FIX_PASSES } from '../../../server/src/service/fixes/applySafeFixes';
import type { RoleDocument } from '../../../server/src/service/document/model';
import type { ResolvedFinding } from '../../../server/src/service/types';

/** A fake checker: every `ab` should read `b`, as a safe fix; removing one may form the next. */
function checker(log: string[]) {
  return async (text: string) => {
    log.push(text);
    const lines = new LineIndex(text);
    const findings: ResolvedFinding[] = [...text.matchAll(/ab/g)].map((m) => {
      const range = lines.rangeOf(m.index!, m.index! + 2);
      return { ruleId: 'RD900', rule: 'fake', severity: 'error', uri: 'file:///x.md', range, message: 'ab', fixes: [{ title: 'b', edits: [{ range, newText: 'b' }], safe: true }] };
    });
    return { document: { text, lines } as RoleDocument, findings };
  };
}

test('passes repeat until no safe fix is left, and report the findings before and after', async () => {
  const log: string[] = [];
  const outcome = await applySafeFixes('aab x ab\r\n', checker(log));
  assert.deepEqual(log, ['aab x ab\r\n', 'ab x b\r\n', 'b x b\r\n']);
  assert.equal(outcome.text, 'b x b\r\n');
  assert.equal(outcome.fixed, 3);
  assert.equal(outcome.before.length, 2);
  assert.deepEqual(outcome.after, []);
});

test('a second run changes nothing', async () => {
  const first = await applySafeFixes('aaab ab', checker([]));
  const second = await applySafeFixes(first.text, checker([]));
  assert.equal(first.text, 'b b');
  assert.equal(second.text, first.text);
  assert.equal(second.fixed, 0);
});

test('the number of passes is bounded', async () => {
  const log: string[] = [];
  const outcome = await applySafeFixes('a'.repeat(10) + 'b', checker(log));
  assert.equal(log.length, MAX_FIX_PASSES + 1);
  assert.equal(outcome.text, 'a'.repeat(10 - MAX_FIX_PASSES) + 'b');
  assert.equal(outcome.after.length, 1);
});
