import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoOf, TextMemo } from '../../../server/src/service/text/textMemo';

test('a text memo makes each value once, and starts again past its limit', () => {
  const memo = new TextMemo<string>(2);
  const made: string[] = [];
  const upper = (t: string) => (made.push(t), t.toUpperCase());
  assert.equal(memo.get('senior engineer', upper), 'SENIOR ENGINEER');
  assert.equal(memo.get('senior engineer', upper), 'SENIOR ENGINEER');
  assert.equal(memo.get('staff engineer', upper), 'STAFF ENGINEER');
  assert.deepEqual(made, ['senior engineer', 'staff engineer']);
  // A third text clears the two kept: the first is made again when asked for.
  memo.get('principal engineer', upper);
  memo.get('senior engineer', upper);
  assert.deepEqual(made, ['senior engineer', 'staff engineer', 'principal engineer', 'senior engineer']);
});

test('memoOf keeps one memo per owner', () => {
  const memos = new WeakMap<object, TextMemo<number>>();
  const ladder = {};
  assert.equal(memoOf(memos, ladder), memoOf(memos, ladder));
  assert.notEqual(memoOf(memos, ladder), memoOf(memos, {}));
  assert.equal(memoOf(memos, ladder).get('Senior', (t) => t.length), 6);
});
