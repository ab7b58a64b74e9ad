import type { Fix } from '../types';

/** What every Role Docs diagnostic carries, so code actions need no state of their own. */
export interface DiagnosticData {
  ruleId: string;
  /** The rule's alias, as used in disable comments. */
  rule: string;
  fixes: Fix[];
  /** Version of the document the finding was computed for. */
  version: number;
}

export const DIAGNOSTIC_SOURCE = 'role-docs';

/** Checks the shape of `data` that came back from the client; anything else is ignored. */
export function readDiagnosticData(data: unknown): DiagnosticData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<DiagnosticData>;
  if (typeof d.ruleId !== 'string' || typeof d.rule !== 'string' || typeof d.version !== 'number' || !Array.isArray(d.fixes)) return undefined;
  const fixes = d.fixes.filter(
    (f): f is Fix => typeof f === 'object' && f !== null && typeof f.title === 'string' && Array.isArray(f.edits),
  );
  return { ruleId: d.ruleId, rule: d.rule, version: d.version, fixes };
}
