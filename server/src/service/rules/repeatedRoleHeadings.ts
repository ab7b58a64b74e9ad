import type { Heading, Role, RoleDocument } from '../document/model';
import { normalizeTitle } from '../document/normalizeText';

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
  const out: RepeatedRole[] = [];
  for (const role of document.roles) {
    if (role.form !== 'heading' || role.synthetic || !role.confident) continue;
    const title = normalizeTitle(role.heading.text).toLowerCase();
    for (let i = role.heading.index + 1; i < headings.length; i++) {
      const h = headings[i];
      if (h.depth !== role.heading.depth || h.startOffset < role.endOffset || normalizeTitle(h.text).toLowerCase() !== title) continue;
      const end = headings.find((next, j) => j > i && next.depth <= h.depth)?.startOffset ?? document.text.length;
      const grade = document.gradeClaims.some((c) => c.startOffset > h.startOffset && c.startOffset < end);
      const gradeSection = document.sections.some((s) => s.kind === 'job-grade' && s.heading.startOffset > h.startOffset && s.heading.startOffset < end);
      if (grade || gradeSection) out.push({ role, repeat: h });
    }
  }
  return out;
}
