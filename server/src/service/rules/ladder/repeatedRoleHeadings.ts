import type { Heading, Role, RoleDocument } from '../../document/model';
import { lowerCaseTitle } from '../../document/normalizeText';
import { firstAtLeast } from '../../text/sortedNumbers';

/** A later heading with a role's own title, at its depth, that states a grade of its own: the level's block pasted again. */
export interface RepeatedRole {
  role: Role;
  repeat: Heading;
}

/**
 * Repeats of the page's heading roles that carry a grade sentence or a Job Grade section: the role
 * model folds them into the first (they are no roles), so the copy is one finding, not one per rule.
 * A repeat without a grade ("Required skills by level" → "#### Senior X") is a layout, not a copy.
 */
export function repeatedRoles(document: RoleDocument): RepeatedRole[] {
  const { headings } = document;
  // By depth, then title: no key is built per heading, and a large page has thousands on every keystroke.
  const firstByTitle = new Map<number, Map<string, Role>>();
  for (const role of document.roles) {
    if (role.form !== 'heading' || role.synthetic || !role.confident) continue;
    let atDepth = firstByTitle.get(role.heading.depth);
    if (!atDepth) firstByTitle.set(role.heading.depth, (atDepth = new Map()));
    const title = lowerCaseTitle(role.heading.text);
    if (!atDepth.has(title)) atDepth.set(title, role);
  }
  const out: RepeatedRole[] = [];
  if (!firstByTitle.size) return out;
  let gradedAt: number[] | undefined;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const role = firstByTitle.get(h.depth)?.get(lowerCaseTitle(h.text));
    if (!role || h.startOffset < role.endOffset) continue;
    let end = document.text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= h.depth) {
        end = headings[j].startOffset;
        break;
      }
    }
    gradedAt ??= gradeOffsets(document);
    if (holdsBetween(gradedAt, h.startOffset, end)) out.push({ role, repeat: h });
  }
  return out;
}

/** Where the page states a grade (a grade sentence or a Job Grade heading), in order. */
function gradeOffsets(document: RoleDocument): number[] {
  const offsets = document.gradeClaims.map((c) => c.startOffset);
  for (const s of document.sections) if (s.kind === 'job-grade') offsets.push(s.heading.startOffset);
  return offsets.sort((a, b) => a - b);
}

/** Whether a sorted list holds an offset strictly between `from` and `to`. */
function holdsBetween(sorted: number[], from: number, to: number): boolean {
  const first = firstAtLeast(sorted, from + 1);
  return first < sorted.length && sorted[first] < to;
}
