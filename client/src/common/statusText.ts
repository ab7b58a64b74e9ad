import type { CheckWorkspaceResult } from '../../../server/src/common/protocol';

/** vscode.DiagnosticSeverity's values, so this file needs no `vscode` and its tests run outside VS Code. */
const ERROR = 0;
const WARNING = 1;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The status bar's icon for a page's problems: the worst severity decides, as in the Problems panel. */
export function problemIcon(severities: readonly number[]): 'error' | 'warning' | 'info' | 'check' {
  if (!severities.length) return 'check';
  if (severities.includes(ERROR)) return 'error';
  if (severities.includes(WARNING)) return 'warning';
  return 'info';
}

/** The toast after Check Workspace: short enough not to be cut off; the details are in the Problems panel. */
export function summarizeCheck(r: CheckWorkspaceResult): string {
  const found = r.errors + r.warnings + r.infos + r.hints;
  const config = r.configProblems ? ` and ${plural(r.configProblems, 'configuration problem')}` : '';
  if (!found && !r.configProblems) return `Role Docs: ${plural(r.files, 'page')}, no problems.`;
  return `Role Docs: ${plural(found, 'problem')} in ${plural(r.filesWithProblems, 'page')}${config}.`;
}
