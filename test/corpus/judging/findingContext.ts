import type { CorpusFinding } from './corpusFindings';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** The headings enclosing a line (outermost first), as `line: ## text`, skipping fenced code. */
export function headingsAbove(lines: string[], line: number): string[] {
  const open: { depth: number; text: string }[] = [];
  let inFence = false;
  for (let i = 0; i < line - 1 && i < lines.length; i++) {
    if (FENCE.test(lines[i])) inFence = !inFence;
    const m = !inFence && HEADING.exec(lines[i]);
    if (!m) continue;
    const depth = m[1].length;
    while (open.length && open[open.length - 1].depth >= depth) open.pop();
    open.push({ depth, text: `${i + 1}: ${lines[i].trim()}` });
  }
  return open.map((h) => h.text);
}

/** A finding for a judge: where it is, what it says, the headings above it and `radius` lines either side. */
export function describeFinding(f: CorpusFinding, lines: string[], half: string, radius = 3): string {
  const out = [`${f.file}:${f.line}:${f.column} ${f.rule} ${f.alias} [${f.severity}, ${half}] ${f.message}`, `  excerpt: ${JSON.stringify(f.excerpt)}`];
  for (const h of headingsAbove(lines, f.line)) out.push(`  under ${h}`);
  const from = Math.max(1, f.line - radius);
  const to = Math.min(lines.length, f.line + radius);
  for (let n = from; n <= to; n++) out.push(`${n === f.line ? '>' : ' '}${String(n).padStart(5)}| ${lines[n - 1]}`);
  return out.join('\n');
}
