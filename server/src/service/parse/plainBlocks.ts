import type { Heading, List, ListItem, Paragraph, RootContent, Text } from 'mdast';

/**
 * The syntax tree of "plain" markdown built without the parser: ATX headings, paragraphs and tight
 * bullet lists whose text holds no inline syntax at all. Most of a role doc is exactly that (lists
 * of responsibilities and requirements), and remark spends most of a check parsing it character by
 * character. Anything outside this small grammar returns `undefined` and goes to remark, so the
 * result is either exactly remark's tree or nothing: test/corpus/plainBlocks.test.ts compares the
 * two on every corpus block, and a seeded test on generated near-plain text.
 *
 * Positions are relative to `text.slice(from, to)` parsed as a document of its own (line 1, offset
 * 0 at `from`), as the block parse expects.
 */
export function buildPlainBlocks(text: string, from: number, to: number): RootContent[] | undefined {
  const out: RootContent[] = [];
  let paragraph: OpenParagraph | undefined;
  const lists: OpenList[] = [];
  let blankSinceItem = false;
  let line = 0;
  let lineStart = from;
  while (lineStart < to) {
    line++;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const next = lineEnd + 1;
    // Trailing spaces are kept in block ends and left out of text.
    let contentEnd = lineEnd;
    while (contentEnd > lineStart && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    if (contentEnd === lineStart) {
      // A blank line (spaces only).
      if (paragraph) out.push(closeParagraph(paragraph, from)), (paragraph = undefined);
      if (lists.length) blankSinceItem = true;
      lineStart = next;
      continue;
    }
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 32) indent++;
    const first = text.charCodeAt(lineStart + indent);
    const kind = lineKind(text, lineStart, indent, first, contentEnd);
    if (kind === undefined) return undefined;
    const { contentStart } = kind;
    if (!isPlainInline(text, contentStart, contentEnd)) return undefined;
    const content: LineSpan = { line, lineStart, contentStart, contentEnd, lineEnd, text: text.slice(contentStart, contentEnd) };

    if (kind.type === 'heading') {
      if (paragraph) out.push(closeParagraph(paragraph, from)), (paragraph = undefined);
      if (lists.length) out.push(closeLists(lists, 0)), (blankSinceItem = false);
      out.push(heading(kind.depth, content, from));
    } else if (kind.type === 'paragraph') {
      if (lists.length) {
        // Without a blank line, a column-0 line after an item continues the item's paragraph (lazily).
        if (!blankSinceItem) return undefined;
        out.push(closeLists(lists, 0));
        blankSinceItem = false;
      }
      if (paragraph) {
        const previous = paragraph.lines[paragraph.lines.length - 1];
        // Two trailing spaces make a hard break: not plain.
        if (previous.lineEnd - previous.contentEnd >= 2) return undefined;
        paragraph.lines.push(content);
      } else paragraph = { lines: [content] };
    } else {
      // A list item. Blank lines between items make the list loose, and a blank line then an
      // indented line continues an item: neither is plain.
      if (blankSinceItem) return undefined;
      if (paragraph) {
        // An item interrupts a paragraph only at the top level; indented, it would be a continuation.
        if (indent !== 0) return undefined;
        out.push(closeParagraph(paragraph, from));
        paragraph = undefined;
      }
      const item = listItem(content, indent, from);
      const open = lists[lists.length - 1];
      if (!open) {
        if (indent !== 0) return undefined;
        lists.push(openList(item, indent, kind.marker));
      } else if (indent === open.indent + 2) {
        // Nested under the last item (content column = marker column + 2).
        lists.push(openList(item, indent, kind.marker));
      } else {
        let level = lists.length - 1;
        while (level >= 0 && lists[level].indent > indent) level--;
        if (level < 0 || lists[level].indent !== indent || lists[level].marker !== kind.marker) return undefined;
        if (level < lists.length - 1) closeLists(lists, level + 1);
        const list = lists[level];
        list.node.children.push(item);
        list.lastItem = item;
      }
    }
    lineStart = next;
  }
  if (paragraph) out.push(closeParagraph(paragraph, from));
  if (lists.length) out.push(closeLists(lists, 0));
  return out;
}

interface LineSpan {
  /** 1-based line within the block. */
  line: number;
  lineStart: number;
  contentStart: number;
  /** Past the last character that is not a trailing space. */
  contentEnd: number;
  lineEnd: number;
  /** text[contentStart, contentEnd). */
  text: string;
}

interface OpenParagraph {
  lines: LineSpan[];
}

interface OpenList {
  node: List;
  indent: number;
  marker: number;
  lastItem: ListItem;
}

type LineKind =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; contentStart: number }
  | { type: 'item'; marker: number; contentStart: number }
  | { type: 'paragraph'; contentStart: number };

/** What a non-blank line is, if it is one of the plain shapes. */
function lineKind(text: string, lineStart: number, indent: number, first: number, contentEnd: number): LineKind | undefined {
  const at = lineStart + indent;
  if (first === 35 /* # */) {
    if (indent !== 0) return undefined;
    let depth = 1;
    while (text.charCodeAt(at + depth) === 35) depth++;
    if (depth > 6 || text.charCodeAt(at + depth) !== 32) return undefined;
    let contentStart = at + depth;
    while (text.charCodeAt(contentStart) === 32) contentStart++;
    if (contentStart >= contentEnd || !startsPlainText(text.charCodeAt(contentStart))) return undefined;
    // A `#` anywhere in the heading could close it.
    for (let i = contentStart; i < contentEnd; i++) if (text.charCodeAt(i) === 35) return undefined;
    return { type: 'heading', depth: depth as 1 | 2 | 3 | 4 | 5 | 6, contentStart };
  }
  if (first === 45 /* - */ || first === 42 /* * */ || first === 43 /* + */) {
    // One space after the marker, then text: more spaces would move the content column.
    if (text.charCodeAt(at + 1) !== 32 || at + 2 >= contentEnd || !startsParagraph(text, at + 2, contentEnd)) return undefined;
    return { type: 'item', marker: first, contentStart: at + 2 };
  }
  if (indent !== 0 || !startsParagraph(text, at, contentEnd)) return undefined;
  return { type: 'paragraph', contentStart: at };
}

/** Whether a line's content from `at` can only be paragraph text. */
function startsParagraph(text: string, at: number, contentEnd: number): boolean {
  if (!startsPlainText(text.charCodeAt(at))) return false;
  // `1.` or `1)` would start an ordered list.
  let i = at;
  while (i < contentEnd && isDigit(text.charCodeAt(i))) i++;
  if (i === at) return true;
  const after = text.charCodeAt(i);
  return after !== 46 && after !== 41;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character that starts text and cannot start any block construct or inline syntax. */
function startsPlainText(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c)) return true;
  if (c === 34 || c === 39 || c === 40) return true; // " ' (
  // Letters beyond ASCII (accented names, other scripts); other symbols go to the parser.
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}


/**
 * A quick look at a whole block for the block grouping: whether it could be plain (no inline syntax
 * on any line). Only `buildPlainBlocks` decides; a block that passes here may still go to the parser.
 */
export function mayBePlainBlock(block: string): boolean {
  // The characters `isPlainInline` refuses, as one pattern: this runs over the whole page on every
  // keystroke, and the regular expression engine scans several times faster than a loop.
  return !INLINE_SYNTAX.test(block) && !STRAY_STAR.test(block);
}

const INLINE_SYNTAX = /[\x00-\x09\x0b-\x1f\\`_[\]<~|@]|&(?:#|[A-Za-z0-9]{1,32};)|:\/|www\./i;
/** A `*` that is not a list marker (only spaces before it on its line, a space after it). */
const STRAY_STAR = /[^\n ] *\*|\*(?! )/;

/**
 * Whether text[from, to) is inline-plain: no character that could start inline syntax (escapes,
 * code, emphasis, links, images, HTML, autolinks, strikethrough, tables, footnotes), no entity or
 * numeric reference, no literal autolink (`www.`, `://`, an `@`), and no tab, CR or NUL, which the
 * parser rewrites.
 */
export function isPlainInline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 32) return false;
    switch (c) {
      case 92: // \
      case 96: // `
      case 42: // *
      case 95: // _
      case 91: // [
      case 93: // ]
      case 60: // <
      case 126: // ~
      case 124: // |
      case 64: // @
        return false;
      case 38: {
        // `&#` or `&name;` could be a character reference ("R&D" and "Q&A" cannot).
        let j = i + 1;
        if (text.charCodeAt(j) === 35) return false;
        while (j < to && j - i <= 32 && isAlphanumeric(text.charCodeAt(j))) j++;
        if (j > i + 1 && text.charCodeAt(j) === 59) return false;
        break;
      }
      case 58: // :// (a URL literal)
        if (text.charCodeAt(i + 1) === 47) return false;
        break;
      case 46: // www.
        if (i - from >= 3 && (text.charCodeAt(i - 1) | 32) === 119 && (text.charCodeAt(i - 2) | 32) === 119 && (text.charCodeAt(i - 3) | 32) === 119) return false;
        break;
    }
  }
  return true;
}

function point(line: number, column: number, offset: number) {
  return { line, column, offset };
}

function textNode(first: LineSpan, last: LineSpan, value: string, from: number): Text {
  return {
    type: 'text',
    value,
    position: {
      start: point(first.line, first.contentStart - first.lineStart + 1, first.contentStart - from),
      end: point(last.line, last.contentEnd - last.lineStart + 1, last.contentEnd - from),
    },
  };
}

function heading(depth: Heading['depth'], span: LineSpan, from: number): Heading {
  return {
    type: 'heading',
    depth,
    children: [textNode(span, span, span.text, from)],
    position: { start: point(span.line, 1, span.lineStart - from), end: point(span.line, span.lineEnd - span.lineStart + 1, span.lineEnd - from) },
  };
}

function closeParagraph(open: OpenParagraph, from: number): Paragraph {
  const { lines } = open;
  const first = lines[0];
  const last = lines[lines.length - 1];
  return {
    type: 'paragraph',
    children: [textNode(first, last, lines.length === 1 ? first.text : lines.map((l) => l.text).join('\n'), from)],
    position: { start: point(first.line, first.contentStart - first.lineStart + 1, first.contentStart - from), end: point(last.line, last.lineEnd - last.lineStart + 1, last.lineEnd - from) },
  };
}

function listItem(span: LineSpan, indent: number, from: number): ListItem {
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [textNode(span, span, span.text, from)],
    position: { start: point(span.line, span.contentStart - span.lineStart + 1, span.contentStart - from), end: point(span.line, span.lineEnd - span.lineStart + 1, span.lineEnd - from) },
  };
  return {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [paragraph],
    position: { start: point(span.line, indent + 1, span.lineStart + indent - from), end: point(span.line, span.lineEnd - span.lineStart + 1, span.lineEnd - from) },
  };
}

function openList(item: ListItem, indent: number, marker: number): OpenList {
  const node: List = { type: 'list', ordered: false, start: null, spread: false, children: [item], position: { start: { ...item.position!.start }, end: { ...item.position!.end } } };
  return { node, indent, marker, lastItem: item };
}

/** Closes the lists from `level` inward, each ending where its last item ends, and returns the outermost closed. */
function closeLists(lists: OpenList[], level: number): List {
  for (let i = lists.length - 1; i >= level; i--) {
    const list = lists[i];
    const lastEnd = list.lastItem.position!.end;
    list.node.position!.end = { ...lastEnd };
    if (i > 0) {
      // A nested list is the last child of its parent's last item, which now ends with it.
      const parent = lists[i - 1];
      parent.lastItem.children.push(list.node);
      parent.lastItem.position!.end = { ...lastEnd };
    }
  }
  const outermost = lists[level].node;
  lists.length = level;
  return outermost;
}
