import type { RoleDocument, Section } from '../document/model';

/** One bullet or paragraph of a section: its text as written (list marker dropped, wrapped lines joined). */
export interface SectionItem {
  text: string;
  /** List nesting: 0 for a top-level bullet or a paragraph. */
  depth: number;
  /** 0-based line the item starts on. */
  line: number;
  startOffset: number;
  endOffset: number;
}

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const SKIPPED_LINE = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|(?:([-*_])[ \t]*){3,}$|\{:.*\}[ \t]*$|<!--.*-->[ \t]*$)/;

/** The items of a section's body, sub-headings, rules, attribute lines and one-line comments left out. */
export function sectionItems(document: RoleDocument, section: Section): SectionItem[] {
  const items: SectionItem[] = [];
  const indents: number[] = [];
  let open: SectionItem | undefined;
  let offset = section.heading.endOffset;
  const end = section.endOffset;
  const text = document.text;
  // Start on the line after the heading.
  const newline = text.indexOf('\n', offset);
  offset = newline === -1 || newline >= end ? end : newline + 1;
  while (offset < end) {
    const lineEnd = Math.min(end, nextLineEnd(text, offset));
    const raw = text.slice(offset, lineEnd).replace(/\r$/, '');
    const marker = LIST_ITEM.exec(raw);
    if (raw.trim() === '' || SKIPPED_LINE.test(raw)) {
      open = undefined;
    } else if (marker) {
      const indent = marker[1].replace(/\t/g, '    ').length;
      while (indents.length && indents[indents.length - 1] > indent) indents.pop();
      if (!indents.length || indents[indents.length - 1] < indent) indents.push(indent);
      open = { text: marker[2].trim(), depth: indents.length - 1, line: document.lines.positionAt(offset).line, startOffset: offset, endOffset: lineEnd };
      items.push(open);
    } else if (open) {
      // A wrapped line continues the item above it.
      open.text = `${open.text} ${raw.trim()}`;
      open.endOffset = lineEnd;
    } else {
      indents.length = 0;
      open = { text: raw.trim(), depth: 0, line: document.lines.positionAt(offset).line, startOffset: offset, endOffset: lineEnd };
      items.push(open);
    }
    offset = lineEnd + 1;
  }
  return items;
}

function nextLineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 ? text.length : at;
}
