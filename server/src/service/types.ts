/** Positions are 0-based, characters counted in UTF-16 code units, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** One way to repair a finding. `safe` fixes are the ones `--fix` and fix-all apply unasked. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
  preferred?: boolean;
}

/** What a rule reports; severity is filled in from the rule's default or the config. */
export interface Finding {
  ruleId: string;
  range: Range;
  message: string;
  fixes?: Fix[];
  /** Anything else a feature needs later (hover, code actions), plain JSON. */
  data?: Record<string, unknown>;
}

export interface ResolvedFinding extends Finding {
  rule: string;
  severity: Severity;
  uri: string;
}

export function rangeOf(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

/** Structurally the LSP cancellation token, so the service needs no protocol package. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}
