import type { EffectiveEntry, EffectiveRole, RolePlace } from './effectiveRoleTypes';

type DisplayPath = (uri: string) => string;

const at = (displayPath: DisplayPath, uri: string, line: number): string => `${displayPath(uri)}:${line + 1}`;

/** One entry as a bullet: own lines and inherited ones with where they are written, stops with what went wrong. */
export function formatEntry(entry: EffectiveEntry, displayPath: DisplayPath): string {
  const indent = '  '.repeat(entry.kind === 'stop' ? 0 : entry.depth);
  const where = at(displayPath, entry.uri, entry.line);
  if (entry.kind === 'own') return `${indent}- ${entry.text} — own (${where})`;
  if (entry.kind === 'inherited') return `${indent}- ${entry.text} — from ${entry.from.title} (${where})`;
  return `- **The chain stops** at the claim naming ${entry.claim} in ${entry.in.title} (${where}): ${entry.message}`;
}

/** Bullets for entries, the ones past `limit` folded into "… and N more". */
export function formatEntries(entries: EffectiveEntry[], displayPath: DisplayPath, limit = Infinity): string[] {
  const shown = entries.slice(0, limit).map((e) => formatEntry(e, displayPath));
  if (entries.length > limit) shown.push(`- … and ${entries.length - limit} more`);
  return shown;
}

export function roleHeadline(role: RolePlace, grade: number | undefined): string {
  return grade === undefined ? role.title : `${role.title} (grade ${grade})`;
}

/** The effective role as a markdown document: a heading per section kind, a bullet per line. */
export function formatEffectiveRole(effective: EffectiveRole, displayPath: DisplayPath): string {
  const { role } = effective;
  const level = effective.level ? `${effective.level} · ` : '';
  const out = [`# ${roleHeadline(role, effective.grade)}`, '', `_${level}${at(displayPath, role.uri, role.line)} · own lines and every line inherited through its extends claims._`];
  for (const section of effective.sections) {
    out.push('', `## ${section.title}`, '');
    out.push(...(section.entries.length ? formatEntries(section.entries, displayPath) : ['_Nothing, own or inherited._']));
  }
  return `${out.join('\n')}\n`;
}
