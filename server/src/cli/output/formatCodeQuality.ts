import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import { pathFromUri } from '../../node/nodeWorkspace';
import type { ResolvedFinding, Severity } from '../../service';

const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * A GitLab Code Quality report. Fingerprints hash the rule, the file, the finding's line text and
 * its rank among equal ones, not the line number, so an edit above a finding keeps it the same
 * finding in the merge request widget.
 */
export function formatCodeQuality(findings: ResolvedFinding[], root: string, lineText: (f: ResolvedFinding) => string): string {
  const seen = new Map<string, number>();
  const issues = findings.map((f) => {
    const path = relative(root, pathFromUri(f.uri)).split(sep).join('/');
    const key = JSON.stringify([f.ruleId, path, lineText(f).trim()]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      description: f.message,
      check_name: f.rule,
      fingerprint: createHash('sha256').update(`${key}\n${occurrence}`).digest('hex').slice(0, 32),
      severity: SEVERITY[f.severity],
      location: { path, lines: { begin: f.range.start.line + 1 } },
    };
  });
  return JSON.stringify(issues, null, 2);
}
