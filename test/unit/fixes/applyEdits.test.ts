import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOffsetEdits, detectEol, editsOverlap } from '../../../server/src/service/fixes/applyEdits';

test('edits apply from the end, so each offset refers to the original text', () => {
  const text = 'one two three';
  const out = applyOffsetEdits(text, [
    { start: 0, end: 3, newText: '1' },
    { start: 8, end: 13, newText: 'THREE!' },
    { start: 4, end: 7, newText: '' },
  ], '\n');
  assert.equal(out, '1  THREE!');
});

test('inserted line breaks follow the file: CRLF stays CRLF', () => {
  assert.equal(applyOffsetEdits('a\r\nb\r\n', [{ start: 3, end: 3, newText: 'x\ny\r\n' }], '\r\n'), 'a\r\nx\r\ny\r\nb\r\n');
  assert.equal(applyOffsetEdits('a\nb\n', [{ start: 2, end: 2, newText: 'x\r\ny\n' }], '\n'), 'a\nx\ny\nb\n');
});

test('detectEol reads the first line break', () => {
  assert.equal(detectEol('a\r\nb\n'), '\r\n');
  assert.equal(detectEol('a\nb\r\n'), '\n');
  assert.equal(detectEol('no break'), '\n');
  assert.equal(detectEol('\nfirst line empty'), '\n');
});

test('edits overlap when they share text or insert at the same place', () => {
  const e = (start: number, end: number) => ({ start, end, newText: '' });
  assert.equal(editsOverlap(e(0, 5), e(4, 8)), true);
  assert.equal(editsOverlap(e(0, 5), e(5, 8)), false, 'touching ranges do not overlap');
  assert.equal(editsOverlap(e(5, 5), e(5, 8)), true, 'an insertion where another edit starts: order unknown');
  assert.equal(editsOverlap(e(3, 3), e(3, 3)), true);
  assert.equal(editsOverlap(e(0, 5), e(5, 5)), false, 'an insertion right after a replacement is ordered');
  assert.equal(editsOverlap(e(2, 3), e(0, 9)), true);
});
