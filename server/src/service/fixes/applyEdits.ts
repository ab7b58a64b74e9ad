import type { LineIndex } from '../text/lineIndex';
import type { TextEdit } from '../types';

/** A text edit as string offsets into the text it was computed for. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function toOffsetEdit(lines: LineIndex, edit: TextEdit): OffsetEdit {
  return { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText };
}

/** Whether two edits touch the same text, or insert at the same place (their order would be a guess). */
export function editsOverlap(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  return a.start === b.start && (a.start === a.end || b.start === b.end);
}

/** The line break the text uses: CRLF if its first line ends so, else LF. */
export function detectEol(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** Applies non-overlapping edits from the end, so earlier offsets stay valid; inserted line breaks follow `eol`. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[], eol: '\r\n' | '\n'): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) {
    const inserted = e.newText.replace(/\r?\n/g, eol);
    out = out.slice(0, e.start) + inserted + out.slice(e.end);
  }
  return out;
}
