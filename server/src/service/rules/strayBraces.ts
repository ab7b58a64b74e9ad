import type { Finding } from '../types';
import type { OffsetSpan, RoleDocument } from '../document/model';

/**
 * Braces in the prose with no partner on their line: what is left when template text
 * ("{Role Name}") was filled in half. Pairs are counted over the whole line, code included, so a
 * brace answered inside inline code or a `{{% … %}}` shortcode is never taken for a stray one.
 */
/** `{add` with no text after it names the template's marker ("search for {add"), not text left in. */
const TEMPLATE_MARKER = /^\{(?:[Aa]dd|[Ii]nsert|[Ee]nter)(?![ \t\p{L}])/u;

export function strayBraces(ruleId: string, document: RoleDocument, spans: readonly OffsetSpan[]): Finding[] {
  const findings: Finding[] = [];
  // Unpaired brace offsets of each line met, worked out once per line.
  const unpairedByLine = new Map<number, Set<number>>();
  for (const span of spans) {
    for (let at = nextBrace(document.text, span.start, span.end); at !== -1; at = nextBrace(document.text, at + 1, span.end)) {
      const line = document.lines.positionAt(at).line;
      let unpaired = unpairedByLine.get(line);
      if (!unpaired) {
        const lineStart = document.lines.lineStart(line);
        const lineEnd = document.lines.offsetAt({ line: line + 1, character: 0 });
        unpaired = new Set(unpairedBraces(document.text.slice(lineStart, lineEnd)).map((o) => lineStart + o));
        unpairedByLine.set(line, unpaired);
      }
      if (!unpaired.has(at) || TEMPLATE_MARKER.test(document.text.slice(at, at + 8))) continue;
      const brace = document.text[at];
      const partner = brace === '}' ? "'{' before it" : "'}' after it";
      findings.push({
        ruleId,
        range: document.lines.rangeOf(at, at + 1),
        message: `Stray '${brace}': remove it; no ${partner} on its line, it is left from template text.`,
        data: { placeholder: brace },
      });
    }
  }
  return findings;
}

/** The first `{` or `}` in `text` from `from` up to `end`, or -1. */
function nextBrace(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text[i] === '{' || text[i] === '}') return i;
  return -1;
}

/** Offsets of the braces in `line` that close nothing or are never closed. */
function unpairedBraces(line: string): number[] {
  const open: number[] = [];
  const unpaired: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '{') open.push(i);
    else if (line[i] === '}') {
      if (open.length) open.pop();
      else unpaired.push(i);
    }
  }
  return [...unpaired, ...open].sort((a, b) => a - b);
}
