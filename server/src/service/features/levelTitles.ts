import type { Role, RoleDocument } from '../document/model';
import type { Level, LevelMatchResult } from '../ladder/types';
import type { LadderView } from './ladderView';

/** "Senior Backend Engineer" → "Staff Backend Engineer": the level words swapped, or prefixed to a base title. */
export function retitle(title: string, match: LevelMatchResult, next: Level): string {
  if (!match.explicit || !match.matched) return `${next.title} ${title}`;
  const phrase = match.matched.replace(/(?<![\s,(])[\s,(]+$/u, '');
  const at = title.toLowerCase().indexOf(phrase.toLowerCase());
  if (at === -1) return `${next.title} ${title}`;
  return `${title.slice(0, at)}${next.title}${title.slice(at + phrase.length)}`;
}

/** The job noun of the page's individual-contributor roles ("Backend Engineer"), if any role shows it. */
export function familyNoun(document: RoleDocument, view: LadderView): string | undefined {
  const icTrack = view.ladder.tracks.find((t) => t.id === 'ic')?.id ?? view.ladder.tracks[0]?.id;
  for (const role of document.roles) {
    const match = view.levelOfRole(role);
    if (!match || match.level.track !== icTrack) continue;
    if (!match.explicit) return role.title;
    if (match.matched) {
      // "Backend Engineer (Intermediate)" leaves "( )" behind the noun.
      const noun = role.title.replace(match.matched, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
      if (noun) return noun;
    }
  }
  return undefined;
}

/** The next graded level on the same track: the lowest grade above this one, first listed on ties. */
export function nextLevel(view: LadderView, level: Level): Level | undefined {
  const grade = view.gradeOf(level);
  if (grade === undefined) return undefined;
  let best: { level: Level; grade: number } | undefined;
  for (const candidate of view.ladder.levels) {
    const g = view.gradeOf(candidate);
    if (candidate.track !== level.track || g === undefined || g <= grade) continue;
    if (!best || g < best.grade) best = { level: candidate, grade: g };
  }
  return best?.level;
}

/** The role the cursor is in, else the last role above it. */
export function roleInOrBefore(document: RoleDocument, offset: number): Role | undefined {
  let found: Role | undefined;
  for (const role of document.roles) if (role.heading.startOffset < offset) found = role;
  return found;
}
