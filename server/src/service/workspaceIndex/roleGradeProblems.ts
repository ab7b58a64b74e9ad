import type { Role } from '../document/model';
import type { RuleContext } from '../rules/ruleTypes';
import { gradeMismatch } from '../rules/ladder/gradeMismatch';

/**
 * What grade-mismatch (RD003) says of each role whose grade sentence disagrees with the ladder, so
 * the ladder tree flags exactly what the rule reports, in its words (its first such finding per role).
 */
export function roleGradeProblems(context: RuleContext): Map<Role, string> {
  const problems = new Map<Role, string>();
  let findings;
  try {
    findings = gradeMismatch.check(context);
  } catch {
    // The check reports a throwing rule; the tree only goes without flags.
    return problems;
  }
  for (const finding of findings) {
    if ((finding.data as { kind?: unknown } | undefined)?.kind !== 'grade') continue;
    const { line, character } = finding.range.start;
    const role = context.document.roles.find((r) =>
      r.gradeClaims.some((c) => c.valueRange.start.line === line && c.valueRange.start.character === character),
    );
    if (role && !problems.has(role)) problems.set(role, finding.message);
  }
  return problems;
}
