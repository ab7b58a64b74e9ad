import type { RoleDocument } from '../document/model';

/** Offset where heading `index`'s block ends: the next heading of the same or a higher level, else the end of the page. */
export function headingBlockEnd(document: RoleDocument, index: number): number {
  const { headings } = document;
  for (let j = index + 1; j < headings.length; j++) if (headings[j].depth <= headings[index].depth) return headings[j].startOffset;
  return document.text.length;
}
