import type { Nodes } from 'mdast';
import type { BlockEntry } from './parsedUnit';

/**
 * A top-level fenced code or HTML block still open at a block's end: in the whole page it would run
 * on into the next block, so the two must be parsed together.
 */
export type OpenConstruct =
  | { kind: 'fence'; start: number; marker: string; length: number }
  | { kind: 'html'; start: number; end: RegExp | 'blank-line' }
  /** Open inside a container: it closes where the next block begins. */
  | { kind: 'nested'; start: number };

const HTML_ENDS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/gi],
  [/^ {0,3}<!--/, /-->/g],
  [/^ {0,3}<\?/, /\?>/g],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/g],
  [/^ {0,3}<![A-Za-z]/, />/g],
];

/** The construct left open at the end of a parsed block (text[blockStart, blockEnd)), if any. */
export function endsOpen(entry: BlockEntry, text: string, blockStart: number, blockEnd: number): OpenConstruct | undefined {
  const last = entry.children[entry.children.length - 1];
  if (!last?.position || last.position.end.offset! <= entry.prefixLength) return undefined;
  const top = openAt(last, entry.prefixLength, text, blockStart, blockEnd, false);
  if (top) return top;
  // Inside a list or quote a construct closes with its container, at the next block's first line;
  // left open at the block's end it still ends differently (past the last line ending), so join one block.
  for (let node: Nodes | undefined = last; node && 'children' in node; ) {
    node = node.children[node.children.length - 1];
    if (node && openAt(node, entry.prefixLength, text, blockStart, blockEnd, true)) return { kind: 'nested', start: blockEnd };
  }
  return undefined;
}

function openAt(node: Nodes, prefixLength: number, text: string, blockStart: number, blockEnd: number, nested: boolean): OpenConstruct | undefined {
  if (!node.position || (node.type !== 'code' && node.type !== 'html')) return undefined;
  const start = node.position.start.offset! - prefixLength + blockStart;
  const end = node.position.end.offset! - prefixLength + blockStart;
  const source = text.slice(start, end);
  if (node.type === 'code') {
    const fence = /^[ \t>*+\-\d.)]*?(`{3,}|~{3,})/.exec(source);
    if (!fence) return undefined;
    const lines = source.split(/\r\n|\r|\n/);
    const closer = new RegExp(`^${nested ? '[ \\t>]*' : ' {0,3}'}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
    if (lines.length >= 2 && closer.test(lines[lines.length - 1])) return undefined;
    return { kind: 'fence', start, marker: fence[1][0], length: fence[1].length };
  }
  for (const [opener, closer] of HTML_ENDS) {
    const open = opener.exec(source);
    if (!open) continue;
    closer.lastIndex = open[0].length;
    return closer.test(source) ? undefined : { kind: 'html', start, end: closer };
  }
  // Kinds 6 and 7 end at a blank line, which must come before the next block.
  return /^(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(text.slice(end, blockEnd)) ? undefined : { kind: 'html', start, end: 'blank-line' };
}

/** Where an open construct really closes in the page (the end of its last line), or the page's end. */
export function constructEnd(text: string, open: OpenConstruct): number {
  if (open.kind === 'nested') return open.start;
  let lineStart = open.start;
  let first = true;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    if (open.kind === 'fence') {
      if (!first && new RegExp(`^ {0,3}\\${open.marker}{${open.length},}[ \\t]*$`).test(line)) return lineEnd;
    } else if (open.end === 'blank-line') {
      if (/^[ \t]*$/.test(line)) return lineStart;
    } else {
      const closer = new RegExp(open.end.source, 'gi');
      if (first) closer.lastIndex = Math.min(line.length, /^ {0,3}<(?:!\[CDATA\[|!--|\?|!|[A-Za-z]+)/.exec(line)?.[0].length ?? 0);
      if (closer.test(line)) return lineEnd;
    }
    first = false;
    lineStart = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
  }
  return text.length;
}
