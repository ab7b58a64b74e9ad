/**
 * The inline side of the plain grammar (see plainBlocks.ts): text with no inline syntax, and inline
 * links `[text](destination)` whose text is such plain text and whose destination is one run of
 * characters that nothing decodes or reinterprets. About a third of a role doc's lines hold such
 * links and nothing else, and each would otherwise send its whole block to the parser.
 */

/** A link the builder makes: `[` at `open`, `]` at `close`, one past `)` at `end`. */
export interface PlainLink {
  open: number;
  close: number;
  end: number;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character that starts text and cannot start any block construct or inline syntax. */
export function startsPlainText(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c)) return true;
  if (c === 34 || c === 39 || c === 40 || c === 123) return true; // " ' ( {
  // Letters beyond ASCII (accented names, other scripts); other symbols go to the parser.
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}

/**
 * The links of text[from, to) when it is inline-plain apart from them, else `undefined`. Plain: no
 * character that could start inline syntax (escapes, code, emphasis, images, HTML, autolinks,
 * strikethrough, tables, footnotes), no entity or numeric reference, no literal autolink (`www.`,
 * `://`, an `@`), and no tab, CR or NUL, which the parser rewrites. Without `links`, any bracket
 * makes the text not plain.
 */
export function plainInlineLinks(text: string, from: number, to: number, links = true): PlainLink[] | undefined {
  const found: PlainLink[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 32) return undefined;
    switch (c) {
      case 91: {
        // [
        const link = links ? linkAt(text, i, to) : undefined;
        if (!link) return undefined;
        found.push(link);
        i = link.end - 1;
        break;
      }
      case 92: // \
      case 96: // `
      case 42: // *
      case 95: // _
      case 93: // ]
      case 60: // <
      case 126: // ~
      case 124: // |
      case 64: // @
        return undefined;
      case 38: {
        // `&#` or `&name;` could be a character reference ("R&D" and "Q&A" cannot).
        let j = i + 1;
        if (text.charCodeAt(j) === 35) return undefined;
        while (j < to && j - i <= 32 && isAlphanumeric(text.charCodeAt(j))) j++;
        if (j > i + 1 && text.charCodeAt(j) === 59) return undefined;
        break;
      }
      case 58: // :// (a URL literal)
        if (text.charCodeAt(i + 1) === 47) return undefined;
        break;
      case 46: // www.
        if (i - from >= 3 && (text.charCodeAt(i - 1) | 32) === 119 && (text.charCodeAt(i - 2) | 32) === 119 && (text.charCodeAt(i - 3) | 32) === 119) return undefined;
        break;
    }
  }
  return found;
}

/**
 * The plain link opening at `open`, if there is one: plain text that starts and ends with a
 * character that is not a space (a footnote's `^`, an image's `!` and a task's `[ ]` cannot
 * qualify), then `](`, a destination of at least one character, and `)`.
 */
function linkAt(text: string, open: number, to: number): PlainLink | undefined {
  if (text.charCodeAt(open - 1) === 33 /* ! */) return undefined;
  if (!startsPlainText(text.charCodeAt(open + 1))) return undefined;
  const close = text.indexOf(']', open + 1);
  if (close === -1 || close >= to || text.charCodeAt(close + 1) !== 40 /* ( */ || text.charCodeAt(close - 1) === 32) return undefined;
  if (!plainInlineLinks(text, open + 1, close, false)) return undefined;
  let end = close + 2;
  while (end < to && isDestinationChar(text.charCodeAt(end))) end++;
  if (end === close + 2 || end >= to || text.charCodeAt(end) !== 41 /* ) */) return undefined;
  return { open, close, end: end + 1 };
}

/**
 * Characters a destination keeps as written: no space or control character, no bracket, parenthesis
 * or angle bracket, no escape or reference (`\`, `&`), no quote (a title), no backtick (a code span
 * binds tighter than a link) and no pipe (a table row).
 */
function isDestinationChar(c: number): boolean {
  if (c <= 32 || c === 127) return false;
  switch (c) {
    case 40: // (
    case 41: // )
    case 60: // <
    case 62: // >
    case 91: // [
    case 93: // ]
    case 92: // \
    case 38: // &
    case 34: // "
    case 39: // '
    case 96: // `
    case 124: // |
      return false;
  }
  return true;
}

/**
 * A quick look at a whole block for the block grouping: whether it could be plain. Only
 * `buildPlainBlocks` decides; a block that passes here may still go to the parser.
 */
export function mayBePlainBlock(block: string): boolean {
  // The characters `plainInlineLinks` refuses, as one pattern: this runs over the whole page on
  // every keystroke, and the regular expression engine scans several times faster than a loop.
  const rest = block.includes('[') ? block.replace(PLAIN_LINK, 'x') : block;
  return !INLINE_SYNTAX.test(rest) && !STRAY_STAR.test(rest);
}

/** Wider than `linkAt`, never narrower: a link it takes out stands for plain text. */
const PLAIN_LINK = /\[[^[\]\n]+\]\([^\s()<>[\]\\&"'`|]+\)/g;
const INLINE_SYNTAX = /[\x00-\x09\x0b-\x1f\\`_[\]<~|@]|&(?:#|[A-Za-z0-9]{1,32};)|:\/|www\./i;
/** A `*` that is not a list marker (only spaces before it on its line, a space after it). */
const STRAY_STAR = /[^\n ] *\*|\*(?! )/;
