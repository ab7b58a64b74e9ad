import type { Heading, Role, RoleDocument } from '../../document/model';
import { normalizeTitle } from '../../document/normalizeText';

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
  const firstByTitle = new Map<string, Role>();
  for (const role of document.roles) {
    if (role.form !== 'heading' || role.synthetic || !role.confident) continue;
    const key = `${role.heading.depth} ${normalizeTitle(role.heading.text).toLowerCase()}`;
    if (!firstByTitle.has(key)) firstByTitle.set(key, role);
  }
  const out: RepeatedRole[] = [];
  if (!firstByTitle.size) return out;
  // A large page repeats the same few section headings thousands of times: each text is normalised once.
  const titleOf = new Map<string, string>();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    let title = titleOf.get(h.text);
    if (title === undefined) titleOf.set(h.text, (title = normalizeTitle(h.text).toLowerCase()));
    const role = firstByTitle.get(`${h.depth} ${title}`);
    if (!role || h.startOffset < role.endOffset) continue;
    let end = document.text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= h.depth) {
        end = headings[j].startOffset;
        break;
      }
    }
    const within = (offset: number) => offset > h.startOffset && offset < end;
    const graded = document.gradeClaims.some((c) => within(c.startOffset)) || document.sections.some((s) => s.kind === 'job-grade' && within(s.heading.startOffset));
    if (graded) out.push({ role, repeat: h });
  }
  return out;
}
