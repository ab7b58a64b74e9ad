import type { EffectiveEntry, EffectiveRole, RolePlace } from '../service';

/** A place as the JSON output gives it: the path as shown, 1-based lines. */
const placeJson = (place: RolePlace, path: (uri: string) => string) => ({ title: place.title, path: path(place.uri), line: place.line + 1 });

function entryJson(entry: EffectiveEntry, path: (uri: string) => string): Record<string, unknown> {
  const at = { path: path(entry.uri), line: entry.line + 1 };
  if (entry.kind === 'stop') return { kind: 'stop', reason: entry.reason, message: entry.message, claim: entry.claim, in: placeJson(entry.in, path), ...at };
  const base = { kind: entry.kind, text: entry.text, depth: entry.depth, ...at };
  return entry.kind === 'inherited' ? { ...base, from: placeJson(entry.from, path) } : base;
}

/** The effective role as JSON, in the shape docs/effective-role.md documents. */
export function effectiveRoleJson(effective: EffectiveRole, path: (uri: string) => string): string {
  const json = {
    role: placeJson(effective.role, path),
    level: effective.level ?? null,
    grade: effective.grade ?? null,
    sections: effective.sections.map((s) => ({ kind: s.kind, title: s.title, entries: s.entries.map((e) => entryJson(e, path)) })),
  };
  return JSON.stringify(json, null, 2);
}
