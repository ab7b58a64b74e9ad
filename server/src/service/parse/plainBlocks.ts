import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { isDigit, plainInlineLinks, startsPlainText, type PlainLink } from './plainInline';

/**
 * The syntax tree of "plain" markdown built without the parser: ATX headings, paragraphs and tight
 * bullet lists whose text holds no inline syntax but simple links (plainInline.ts). Most of a role
 * doc is exactly that (lists of responsibilities and requirements), and remark spends most of a
 * check parsing it character by character. Anything outside this small grammar returns `undefined` and goes to remark, so the
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
    const links = plainInlineLinks(text, contentStart, contentEnd);
    if (!links) return undefined;
    // After a link, spaces before the line's end would put the next text where the parser would not.
    if (links.length && links[links.length - 1].end === contentEnd && contentEnd !== lineEnd) return undefined;
    const content: LineSpan = { line, lineStart, contentStart, contentEnd, lineEnd, text: text.slice(contentStart, contentEnd), links };

    if (kind.type === 'heading') {
      if (paragraph) out.push(closeParagraph(paragraph, from)), (paragraph = undefined);
      if (lists.length) out.push(closeLists(lists, 0)), (blankSinceItem = false);
      out.push(heading(kind.depth, content, from));
    } else if (kind.type === 'paragraph') {
      if (lists.length && !blankSinceItem) {
        // Without a blank line, any line that is not an item continues the innermost item's
        // paragraph, however it is indented (lazily at column 0).
        const open = lists[lists.length - 1];
        const previous = open.lastSpans[open.lastSpans.length - 1];
        if (previous.lineEnd - previous.contentEnd >= 2) return undefined;
        open.lastSpans.push(content);
        continueItem(open.lastItem, open.lastSpans, from);
        lineStart = next;
        continue;
      }
      // Indented, a line would be a continuation after a paragraph, or code after a blank line.
      if (indent !== 0) return undefined;
      if (lists.length) {
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
        lists.push(openList(item, indent, kind.marker, content));
      } else if (indent === open.indent + 2) {
        // Nested under the last item (content column = marker column + 2).
        lists.push(openList(item, indent, kind.marker, content));
      } else {
        let level = lists.length - 1;
        while (level >= 0 && lists[level].indent > indent) level--;
        if (level < 0 || lists[level].indent !== indent || lists[level].marker !== kind.marker) return undefined;
        if (level < lists.length - 1) closeLists(lists, level + 1);
        const list = lists[level];
        list.node.children.push(item);
        list.lastItem = item;
        list.lastSpans = [content];
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
  /** The line's links, in order. */
  links: PlainLink[];
}

interface OpenParagraph {
  lines: LineSpan[];
}

interface OpenList {
  node: List;
  indent: number;
  marker: number;
  lastItem: ListItem;
  /** The lines of the last item's paragraph. */
  lastSpans: LineSpan[];
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
    if (contentStart >= contentEnd || !startsText(text, contentStart)) return undefined;
    // A `#` at the end could close the heading; inside it ("C# Engineer {#csharp}") it is text.
    if (text.charCodeAt(contentEnd - 1) === 35) return undefined;
    return { type: 'heading', depth: depth as 1 | 2 | 3 | 4 | 5 | 6, contentStart };
  }
  if (first === 45 /* - */ || first === 42 /* * */ || first === 43 /* + */) {
    // One space after the marker, then text: more spaces would move the content column.
    if (text.charCodeAt(at + 1) !== 32 || at + 2 >= contentEnd || !startsParagraph(text, at + 2, contentEnd)) return undefined;
    return { type: 'item', marker: first, contentStart: at + 2 };
  }
  if (!startsParagraph(text, at, contentEnd)) return undefined;
  return { type: 'paragraph', contentStart: at };
}

/** Whether a line's content from `at` can only be paragraph text. */
function startsParagraph(text: string, at: number, contentEnd: number): boolean {
  if (!startsText(text, at)) return false;
  // `1.` or `1)` would start an ordered list.
  let i = at;
  while (i < contentEnd && isDigit(text.charCodeAt(i))) i++;
  if (i === at) return true;
  const after = text.charCodeAt(i);
  return after !== 46 && after !== 41;
}

/** Whether content from `at` starts with plain text or a `[`, which the line's inline scan then accepts only as a plain link. */
function startsText(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return startsPlainText(c) || c === 91;
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

/** A point at page offset `offset` on a line of the block. */
function pointOn(span: LineSpan, offset: number, from: number) {
  return point(span.line, offset - span.lineStart + 1, offset - from);
}

/**
 * The phrasing content of consecutive lines: their text joined by line endings, cut by the links.
 * Text that starts where a line ends after a link starts at that line ending, as the parser's does.
 */
function inlineChildren(lines: LineSpan[], from: number): PhrasingContent[] {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (lines.every((l) => !l.links.length)) return [textNode(first, last, lines.length === 1 ? first.text : lines.map((l) => l.text).join('\n'), from)];
  const out: PhrasingContent[] = [];
  let piece: { start: ReturnType<typeof point>; value: string } | undefined;
  const slice = (span: LineSpan, start: number, end: number) => span.text.slice(start - span.contentStart, end - span.contentStart);
  for (let k = 0; k < lines.length; k++) {
    const span = lines[k];
    let at = span.contentStart;
    for (const link of span.links) {
      if (link.open > at) {
        piece ??= { start: pointOn(span, at, from), value: '' };
        piece.value += slice(span, at, link.open);
      }
      // Text that runs up to a link opening a continuation line ends where that line starts, before its indent.
      const textEnd = k > 0 && link.open === span.contentStart ? span.lineStart : link.open;
      if (piece) out.push({ type: 'text', value: piece.value, position: { start: piece.start, end: pointOn(span, textEnd, from) } });
      piece = undefined;
      out.push(linkNode(span, link, from, slice(span, link.close + 2, link.end - 1), slice(span, link.open + 1, link.close)));
      at = link.end;
    }
    if (at < span.contentEnd) {
      piece ??= { start: pointOn(span, at, from), value: '' };
      piece.value += slice(span, at, span.contentEnd);
    }
    if (k < lines.length - 1) {
      piece ??= { start: pointOn(span, span.lineEnd, from), value: '' };
      piece.value += '\n';
    }
  }
  if (piece) out.push({ type: 'text', value: piece.value, position: { start: piece.start, end: pointOn(last, last.contentEnd, from) } });
  return out;
}

function linkNode(span: LineSpan, link: PlainLink, from: number, url: string, label: string): Link {
  return {
    type: 'link',
    title: null,
    url,
    children: [{ type: 'text', value: label, position: { start: pointOn(span, link.open + 1, from), end: pointOn(span, link.close, from) } }],
    position: { start: pointOn(span, link.open, from), end: pointOn(span, link.end, from) },
  };
}

function heading(depth: Heading['depth'], span: LineSpan, from: number): Heading {
  return {
    type: 'heading',
    depth,
    children: inlineChildren([span], from),
    position: { start: point(span.line, 1, span.lineStart - from), end: point(span.line, span.lineEnd - span.lineStart + 1, span.lineEnd - from) },
  };
}

function closeParagraph(open: OpenParagraph, from: number): Paragraph {
  const { lines } = open;
  const first = lines[0];
  const last = lines[lines.length - 1];
  return {
    type: 'paragraph',
    children: inlineChildren(lines, from),
    position: { start: point(first.line, first.contentStart - first.lineStart + 1, first.contentStart - from), end: point(last.line, last.lineEnd - last.lineStart + 1, last.lineEnd - from) },
  };
}

function listItem(span: LineSpan, indent: number, from: number): ListItem {
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: inlineChildren([span], from),
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

function openList(item: ListItem, indent: number, marker: number, span: LineSpan): OpenList {
  const node: List = { type: 'list', ordered: false, start: null, spread: false, children: [item], position: { start: { ...item.position!.start }, end: { ...item.position!.end } } };
  return { node, indent, marker, lastItem: item, lastSpans: [span] };
}

/** An item whose paragraph goes on over `spans`: its text, and its and the paragraph's ends, follow. */
function continueItem(item: ListItem, spans: LineSpan[], from: number): void {
  const paragraph = item.children[0] as Paragraph;
  const last = spans[spans.length - 1];
  paragraph.children = inlineChildren(spans, from);
  paragraph.position!.end = pointOn(last, last.lineEnd, from);
  item.position!.end = pointOn(last, last.lineEnd, from);
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
