import type { Finding } from '../types';
import type { RoleDocument } from '../document/model';
import { RuleSwitch } from './ruleSwitch';
import { readSuppressionComments, type SuppressionDirective } from './suppressionComments';

export interface SuppressionResult<F extends Finding> {
  /** The findings no comment suppresses, in their order. */
  kept: F[];
  /** One finding per rule name a comment gets wrong (rule id RD101, severity still to apply). */
  commentFindings: Finding[];
}

function names(directive: SuppressionDirective, ruleId: string): boolean {
  return directive.ruleIds === 'all' || directive.ruleIds.includes(ruleId);
}

/**
 * Applies markdownlint's inline grammar: `-file` comments set the state of the whole page (in order),
 * `disable`/`enable` change it from their line on, `-line` and `-next-line` act on one line.
 */
export function suppressFindings<F extends Finding>(
  document: RoleDocument,
  findings: F[],
  resolveRule: (name: string) => string | undefined,
  unknownRuleId: string,
): SuppressionResult<F> {
  const { directives, unknown } = readSuppressionComments(document, resolveRule);
  const commentFindings: Finding[] = unknown.map((u) => ({
    ruleId: unknownRuleId,
    range: u.range,
    message: `No rule is called '${u.name}'; this comment suppresses nothing for it.`,
    data: { name: u.name },
  }));
  if (!directives.length) return { kept: findings, commentFindings };

  let base = RuleSwitch.allEnabled();
  for (const d of directives) {
    if (d.kind === 'disable-file' || d.kind === 'enable-file') base = base.set(d.kind === 'enable-file', d.ruleIds);
  }
  // The state from each block comment's line on; a line's state includes the comments on it.
  const steps: { line: number; state: RuleSwitch }[] = [];
  let state = base;
  for (const d of directives) {
    if (d.kind !== 'disable' && d.kind !== 'enable') continue;
    state = state.set(d.kind === 'enable', d.ruleIds);
    steps.push({ line: d.line, state });
  }
  const stateAt = (line: number): RuleSwitch => {
    let found = base;
    for (const step of steps) {
      if (step.line > line) break;
      found = step.state;
    }
    return found;
  };
  const lineDirectives = directives.filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line');
  const kept = findings.filter((f) => {
    const line = f.range.start.line;
    if (!stateAt(line).isEnabled(f.ruleId)) return false;
    return !lineDirectives.some((d) =>
      names(d, f.ruleId) && (d.kind === 'disable-line' ? line >= d.line && line <= d.endLine : line === d.endLine + 1),
    );
  });
  return { kept, commentFindings };
}
