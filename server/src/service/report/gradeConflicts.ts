import type { ChainPage, RolePlace } from './extendsChains';

/** One role title stated at different grades on different pages. */
export interface GradeConflict {
  title: string;
  roles: (RolePlace & { grade: number })[];
}

/** Roles of the matrix that state a grade, grouped by title (case and spacing aside); a title with two grades on two pages is a conflict. */
export function findGradeConflicts(pages: readonly ChainPage[]): GradeConflict[] {
  const byTitle = new Map<string, GradeConflict>();
  for (const page of pages) {
    for (const role of page.facts.roles) {
      if (!role.inMatrix || role.statedGrade === null) continue;
      const key = role.title.toLowerCase().replace(/\s+/g, ' ').trim();
      let conflict = byTitle.get(key);
      if (!conflict) byTitle.set(key, (conflict = { title: role.title, roles: [] }));
      conflict.roles.push({ path: page.path, line: role.line, title: role.title, grade: role.statedGrade });
    }
  }
  return [...byTitle.values()]
    .filter((c) => new Set(c.roles.map((r) => r.grade)).size > 1 && new Set(c.roles.map((r) => r.path)).size > 1)
    .sort((a, b) => (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : a.title.toLowerCase() > b.title.toLowerCase() ? 1 : 0));
}
