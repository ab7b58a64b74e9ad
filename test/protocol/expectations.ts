// Exact answers the fixture workspace must produce, shared by the protocol tests.
import type { Diagnostic } from 'vscode-languageserver-protocol/node';

export const range = (line: number, start: number, endLine: number, end: number) => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

/** A broken in-page anchor with its "closest heading" fix, as the server reports it. */
export function brokenAnchor(line: number, start: number, end: number, written: string, closest: string, version: number): Diagnostic {
  const at = range(line, start, line, end);
  return {
    range: at,
    severity: 2,
    code: 'RD001',
    source: 'role-docs',
    message: `Broken anchor '#${written}': did you mean '#${closest}'? No heading or anchor on this page has it.`,
    data: {
      ruleId: 'RD001',
      rule: 'broken-anchor',
      fixes: [{ title: `Change the link to '#${closest}'`, edits: [{ range: at, newText: closest }], safe: false, preferred: true }],
      version,
    },
  };
}

/** BACKEND's one finding: '#hiring-proces' on LSP line 50. */
export const backendTypo = (version: number) => brokenAnchor(50, 42, 55, 'hiring-proces', 'hiring-process', version);

/** NOTES's one finding, read from disk (version -1). */
export const notesTypo = brokenAnchor(2, 18, 23, 'level', 'levels', -1);

/** Diagnostics without `data`, for comparing what a person sees. */
export const visible = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({ range: r, severity, code, source, message }) => ({ range: r, severity, code, source, message }));

/** What roleDocs/checkWorkspace counts in the fixture workspace: the two typos, on two of three pages. */
export const FIXTURE_CHECK_COUNTS = { files: 3, filesWithProblems: 2, errors: 0, warnings: 2, infos: 0, hints: 0, configProblems: 0 };
