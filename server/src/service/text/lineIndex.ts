import type { Position, Range } from '../types';
import { firstAtLeast } from './sortedNumbers';
import type { ChangedStretch } from './changedStretch';

/**
 * Maps string offsets to LSP positions and back; built once per document version. Line starts are
 * held in a typed array: on a large page an edit makes a new index every keystroke, and numbers
 * outside the collected heap cost the young-generation collector nothing to copy.
 */
export class LineIndex {
  readonly #starts: Uint32Array;
  readonly #length: number;

  /** `starts`: the line starts of `text` when they are known already (`afterEdit`); found otherwise. */
  constructor(text: string, starts?: Uint32Array) {
    this.#length = text.length;
    this.#starts = starts ?? Uint32Array.from(lineStartsIn(text, 0, text.length, [0]));
  }

  /**
   * The index of `text`, made from `previous`, the index of the text before one edit: line starts
   * before the edit are kept, the edited stretch is scanned, and those after it are moved. Equal to
   * `new LineIndex(text)` (lineIndex.test.ts compares them over seeded edits, CR and LF mixed).
   */
  static afterEdit(previous: LineIndex, text: string, { start, oldEnd, newEnd }: ChangedStretch): LineIndex {
    const old = previous.#starts;
    const delta = newEnd - oldEnd;
    // A break's line start depends on the break and the character after it (CR then LF is one
    // break): starts whose break and follower are both outside the edit are kept or moved.
    const scanFrom = Math.max(0, start - 1);
    const scanTo = Math.min(text.length, newEnd + 1);
    // Offsets are whole numbers: the first start above n is the first at least n + 1.
    const keptBefore = firstAtLeast(old, scanFrom + 1);
    const movedFrom = firstAtLeast(old, oldEnd + 2);
    const scanned = lineStartsIn(text, scanFrom, scanTo, []);
    const starts = new Uint32Array(keptBefore + scanned.length + old.length - movedFrom);
    starts.set(old.subarray(0, keptBefore));
    starts.set(scanned, keptBefore);
    let at = keptBefore + scanned.length;
    for (let i = movedFrom; i < old.length; i++) starts[at++] = old[i] + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))];
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.#starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.#starts.length) return this.#length;
    return Math.min(this.lineStart(position.line) + Math.max(0, position.character), this.#length);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** `range` moved down `dLine` lines (up when negative), columns kept. */
export function rangeMovedByLines(range: Range, dLine: number): Range {
  return { start: { line: range.start.line + dLine, character: range.start.character }, end: { line: range.end.line + dLine, character: range.end.character } };
}

/** Line starts made by the breaks at text[from, to) (CR, LF, CR LF), appended to `starts`. */
function lineStartsIn(text: string, from: number, to: number, starts: number[]): number[] {
  // Most pages have no CR, and on a whole page indexOf finds LF far faster than a loop; an edited
  // stretch is short, and looking for a CR past it would read the rest of the page.
  const firstCR = to - from > 4096 ? text.indexOf('\r', from) : from;
  if (firstCR === -1 || firstCR >= to) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
