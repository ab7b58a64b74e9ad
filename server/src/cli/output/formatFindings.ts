import type { ResolvedFinding } from '../../service';

export interface FileFinding extends ResolvedFinding {
  /** Path as shown to the user (relative to the working directory). */
  file: string;
}

/** `path:line:col severity RDnnn/alias message`: terminals and editors make it a link. */
export function formatText(findings: FileFinding[]): string {
  return findings
    .map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId}/${f.rule} ${f.message}`)
    .join('\n');
}

export function formatJson(findings: FileFinding[]): string {
  return JSON.stringify(
    findings.map((f) => ({
      file: f.file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      severity: f.severity,
      code: f.ruleId,
      rule: f.rule,
      message: f.message,
      fixes: (f.fixes ?? []).map((fix) => ({
        title: fix.title,
        safe: fix.safe,
        edits: fix.edits.map((e) => ({
          line: e.range.start.line + 1,
          column: e.range.start.character + 1,
          endLine: e.range.end.line + 1,
          endColumn: e.range.end.character + 1,
          newText: e.newText,
        })),
      })),
    })),
    null,
    2,
  );
}

export function summarize(findings: ResolvedFinding[], files: number): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return `${files} file${files === 1 ? '' : 's'} checked: ${count('error')} errors, ${count('warning')} warnings, ${count('info') + count('hint')} notes.`;
}
