/**
 * Where a page may be cut into blocks that parse on their own exactly as they do inside the whole
 * page. Candidates are only lines that always start a new top-level block in CommonMark: an ATX
 * heading at column 0, or a column-0 paragraph line after a blank line (neither can continue a list
 * item, a block quote or a paragraph). What can still swallow such a line is a top-level fenced code
 * or HTML block left open before it, or front matter; the parser checks each block's end for those
 * and joins blocks when one is open (see `endsOpen` in parseMarkdown.ts).
 */

/** Offset just past the closing `---` line of YAML front matter at the start of the page, or 0. */
export function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const close = /(?:^|\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const found = close.exec(text);
  return found ? found.index + found[0].length : 0;
}

const HEADING_LINE = /^#{1,6}(?:[ \t\r\n]|$)/;
// A paragraph's first character that cannot begin any other block: no list marker (digits too),
// quote, fence, table pipe, HTML, heading, thematic break, definition or indented code.
const PARAGRAPH_START = /^[\p{L}"'(“‘]/u;

/** Offsets where a new block may begin (always starting with 0), in order. */
export function blockStarts(text: string): number[] {
  const starts = [0];
  const skipUntil = frontMatterEnd(text);
  if (skipUntil > 0 && skipUntil < text.length) starts.push(skipUntil);
  let previousBlank = false;
  let lineStart = skipUntil;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const next = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    const first = text[lineStart];
    if (lineStart > skipUntil) {
      if (first === '#' && HEADING_LINE.test(text.slice(lineStart, lineStart + 8))) starts.push(lineStart);
      else if (previousBlank && first !== undefined && PARAGRAPH_START.test(text.slice(lineStart, lineStart + 2))) starts.push(lineStart);
    }
    previousBlank = /^[ \t]*$/.test(text.slice(lineStart, lineEnd));
    lineStart = next;
  }
  return starts;
}
