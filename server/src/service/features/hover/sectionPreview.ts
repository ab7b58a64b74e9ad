import type { RoleDocument } from '../../document/model';
import type { Range } from '../../types';

const PREVIEW_LINES = 5;

/**
 * The first non-blank lines of the block that starts at `range` (a heading, or an HTML anchor's
 * line): up to the next heading of the same or a higher level.
 */
export function previewLines(document: RoleDocument, range: Range): string[] {
  const startOffset = document.lines.offsetAt(range.start);
  const blockEnd = (index: number): number =>
    document.headings.find((h) => h.startOffset > document.headings[index].startOffset && h.depth <= document.headings[index].depth)
      ?.startOffset ?? document.text.length;
  const own = document.headings.findIndex((h) => h.startOffset <= startOffset && startOffset < Math.max(h.endOffset, h.startOffset + 1));
  let from: number;
  let to: number;
  if (own !== -1) {
    from = document.headings[own].endOffset;
    to = blockEnd(own);
  } else {
    // An HTML anchor right above a heading names that heading's block.
    from = document.lines.lineStart(range.start.line + 1);
    const next = document.headings.findIndex((h) => h.startOffset >= from);
    if (next !== -1 && document.text.slice(from, document.headings[next].startOffset).trim() === '') {
      from = document.headings[next].startOffset;
      to = blockEnd(next);
    } else to = next === -1 ? document.text.length : document.headings[next].startOffset;
  }
  return document.text
    .slice(from, Math.max(from, to))
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, PREVIEW_LINES);
}
