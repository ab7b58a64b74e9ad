import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { changedStretch } from '../../../server/src/service/text/changedStretch';
import { seededRandom } from '../../helpers/seededRandom';

/** Every line start, in order: two indexes are equal when these are. */
function lineStarts(lines: LineIndex): number[] {
  return Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
}

test('line starts of CR, LF and CR LF breaks', () => {
  assert.deepEqual(lineStarts(new LineIndex('a\nb\r\nc\rd\r\r\n')), [0, 2, 5, 7, 9, 11]);
  assert.deepEqual(lineStarts(new LineIndex('')), [0]);
});

test('an index made after an edit equals one made from scratch', () => {
  const cases: [string, string][] = [
    // A CR typed before an LF joins the two into one break; deleting it splits them again.
    ['a\nb', 'a\r\nb'],
    ['a\r\nb', 'a\nb'],
    // An LF typed after a CR, and a break at each end of the page.
    ['a\rb', 'a\r\nb'],
    ['\na', 'x\na'],
    ['a\r', 'a\r\n'],
    ['a', ''],
    ['', '\r\n\r\n'],
  ];
  for (const [before, after] of cases) {
    const made = LineIndex.afterEdit(new LineIndex(before), after, changedStretch(before, after));
    assert.deepEqual(lineStarts(made), lineStarts(new LineIndex(after)), JSON.stringify([before, after]));
  }
});

test('seeded edits of breaks and letters keep the index equal to a fresh one', () => {
  const random = seededRandom(20261129);
  const pieces = ['\n', '\r', '\r\n', 'a', 'bc', ' ', '\n\n', 'line\r\n'];
  let text = Array.from({ length: 400 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
  let lines = new LineIndex(text);
  for (let i = 0; i < 2_000; i++) {
    const at = Math.floor(random() * (text.length + 1));
    const removed = Math.floor(random() * 4);
    const inserted = random() < 0.7 ? pieces[Math.floor(random() * pieces.length)] : '';
    const next = text.slice(0, at) + inserted + text.slice(at + removed);
    lines = LineIndex.afterEdit(lines, next, changedStretch(text, next));
    text = next;
    assert.deepEqual(lineStarts(lines), lineStarts(new LineIndex(text)), `edit ${i}`);
    const offset = Math.floor(random() * (text.length + 1));
    assert.deepEqual(lines.positionAt(offset), new LineIndex(text).positionAt(offset), `edit ${i}, offset ${offset}`);
  }
});

test('a long edited stretch with no CR in it, on a page with CRs before and after it, takes the LF scan', () => {
  // Over 4,096 characters changed: the scan looks for a CR first and finds none before the stretch ends.
  const before = 'x\r\n' + 'word\n'.repeat(2_000) + 'end\r';
  const after = 'x\r\n' + 'other\n'.repeat(2_000) + 'end\r';
  const made = LineIndex.afterEdit(new LineIndex(before), after, changedStretch(before, after));
  assert.deepEqual(lineStarts(made), lineStarts(new LineIndex(after)));
  assert.equal(made.lineCount, 2_003);
});
