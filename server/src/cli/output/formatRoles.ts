import type { PathRoles } from '../listRoles';
import type { RoleSummary } from '../../service';

/** One line per page, then one line per role, its fields in columns aligned over the whole report. */
export function formatRolesText(pages: PathRoles[]): string {
  const rows = pages.flatMap((page) => page.roles.map(roleCells));
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  const lines: string[] = [];
  for (const page of pages) {
    const unknown = page.unknownLevels.map((u) => `${u.name} (line ${u.line})`).join(', ');
    lines.push(`${page.path}: ${page.rolePage ? 'role page' : 'not a role page'}, ${count(page.roles.length, 'role')}${unknown ? `; unknown levels: ${unknown}` : ''}`);
    for (const role of page.roles) lines.push(`  ${roleCells(role).map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()}`);
  }
  return lines.join('\n');
}

export function formatRolesJson(pages: PathRoles[]): string {
  return JSON.stringify(pages, null, 2);
}

function roleCells(role: RoleSummary): string[] {
  const grade = role.grade === null ? '' : `grade ${role.grade}`;
  return [
    `${role.line}`,
    role.title,
    role.form,
    role.level ?? '-',
    [role.code, grade].filter(Boolean).join(' ') || '-',
    role.levelSource ?? '-',
    role.confident ? 'confident' : 'unsure',
    `has: ${role.sections.join(', ') || '-'}`,
    `missing: ${role.missing.join(', ') || '-'}`,
    role.extends.length ? `extends: ${role.extends.map((e) => (e.fragment === null ? e.role : `${e.role} → #${e.fragment}`)).join('; ')}` : '',
  ];
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
