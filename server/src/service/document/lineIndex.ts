import type { Position, Range } from '../types';

/** Maps string offsets to LSP positions and back; built once per document version. */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    // Built on every keystroke: most pages have no CR, and indexOf finds LF far faster than a loop.
    if (text.indexOf('\r') === -1) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.#starts = starts;
      this.#length = text.length;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.#starts = starts;
    this.#length = text.length;
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
