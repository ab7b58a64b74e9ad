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
  let checkedLine = -1;
  for (const span of spans) {
    const last = document.lines.positionAt(span.end).line;
    for (let line = Math.max(checkedLine + 1, document.lines.positionAt(span.start).line); line <= last; line++) {
      checkedLine = line;
      const lineStart = document.lines.lineStart(line);
      const lineEnd = document.lines.offsetAt({ line: line + 1, character: 0 });
      for (const at of unpairedBraces(document.text.slice(lineStart, lineEnd))) {
        const offset = lineStart + at;
        if (!spans.some((s) => offset >= s.start && offset < s.end) || TEMPLATE_MARKER.test(document.text.slice(offset, offset + 8))) continue;
        const brace = document.text[offset];
        const partner = brace === '}' ? "'{' before it" : "'}' after it";
        findings.push({
          ruleId,
          range: document.lines.rangeOf(offset, offset + 1),
          message: `Stray '${brace}' with no ${partner} on its line; it is left over from template text.`,
          data: { placeholder: brace },
        });
      }
    }
  }
  return findings;
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
