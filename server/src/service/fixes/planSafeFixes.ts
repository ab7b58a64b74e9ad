import type { RoleDocument } from '../document/model';
import type { Finding } from '../types';
import { editsOverlap, toOffsetEdit, type OffsetEdit } from './applyEdits';

export interface FixPlan {
  /** Non-overlapping edits to apply together. */
  edits: OffsetEdit[];
  /** How many findings these edits fix. */
  fixedFindings: number;
}

const sameEdits = (a: OffsetEdit[], b: OffsetEdit[]): boolean =>
  a.length === b.length && a.every((e, i) => e.start === b[i].start && e.end === b[i].end && e.newText === b[i].newText);

/**
 * Chooses the edits `--fix` may make unasked: a finding's fix only when it is safe and the only safe
 * one (several would be a guess), and only when it does not touch an edit already chosen (the next
 * pass picks it up).
 */
export function planSafeFixes(document: Pick<RoleDocument, 'text' | 'lines'>, findings: readonly Finding[]): FixPlan {
  const chosen: OffsetEdit[][] = [];
  let fixedFindings = 0;
  for (const finding of findings) {
    const safe = (finding.fixes ?? []).filter((f) => f.safe);
    if (safe.length !== 1) continue;
    const edits = safe[0].edits
      .map((e) => toOffsetEdit(document.lines, e))
      .filter((e) => e.start <= e.end && document.text.slice(e.start, e.end) !== e.newText)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (!edits.length || edits.some((e, i) => i > 0 && editsOverlap(edits[i - 1], e))) continue;
    if (chosen.some((c) => sameEdits(c, edits))) {
      fixedFindings++;
      continue;
    }
    if (chosen.some((c) => c.some((a) => edits.some((b) => editsOverlap(a, b))))) continue;
    chosen.push(edits);
    fixedFindings++;
  }
  return { edits: chosen.flat(), fixedFindings };
}
