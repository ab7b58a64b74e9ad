import type { Role, RoleDocument, RoleForm } from '../document/model';
import type { Ladder, SectionKind } from '../ladder/types';
import { familyFor, gradeOf } from '../ladder/classifyTitle';
import { isRolePage } from './rolePage';

/** One role as the ladder reads it, for `role-docs roles`. Lines are 1-based. */
export interface RoleSummary {
  title: string;
  line: number;
  form: RoleForm;
  level: string | null;
  code: string | null;
  /** The ladder's grade of the level for the page's family. */
  grade: number | null;
  levelSource: NonNullable<Role['levelSource']> | null;
  confident: boolean;
  /** Section kinds the role gives: sections, bold bullet labels or table rows, and job-grade for a grade sentence. */
  sections: SectionKind[];
  /** The ladder's required role sections the role does not give. */
  missing: SectionKind[];
  extends: { role: string; fragment: string | null }[];
}

export interface PageRoles {
  rolePage: boolean;
  roles: RoleSummary[];
  /** Level-shaped names the ladder lacks ("IC7"), with their lines. */
  unknownLevels: { name: string; line: number }[];
}

/** The roles a page holds under a ladder; `pagePath` is relative to the workspace root, as role-page globs and families read it. */
export function describePageRoles(document: RoleDocument, ladder: Ladder, pagePath: string): PageRoles {
  const title = document.frontMatter?.data?.title;
  const family = familyFor(ladder, pagePath, typeof title === 'string' ? title : undefined);
  const roles = document.roles.map((role): RoleSummary => {
    const level = role.level?.level;
    const sections = sectionsOf(role);
    return {
      title: role.title,
      line: role.nameRange.start.line + 1,
      form: role.form,
      level: level?.id ?? null,
      code: level?.code ?? null,
      grade: (level && gradeOf(ladder, level.id, family)) ?? null,
      levelSource: role.levelSource ?? null,
      confident: role.confident,
      sections,
      missing: ladder.requiredRoleSections.filter((kind) => !sections.includes(kind)),
      extends: role.extendsClaims.map((claim) => ({ role: claim.roleText, fragment: claim.link?.fragment ?? null })),
    };
  });
  return {
    rolePage: isRolePage(document, ladder, pagePath),
    roles,
    unknownLevels: document.unknownLevels.map((unknown) => ({ name: unknown.name, line: unknown.range.start.line + 1 })),
  };
}

function sectionsOf(role: Role): SectionKind[] {
  const kinds = [...role.sections.map((s) => s.kind), ...role.labels];
  // A grade sentence stands for the Job Grade section.
  if (role.gradeClaims.length) kinds.push('job-grade');
  return [...new Set(kinds)];
}
