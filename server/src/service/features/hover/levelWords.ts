import type { RoleDocument } from '../../document/model';
import type { Ladder, Level } from '../../ladder/types';
import type { LadderView } from '../ladderView';

/** "Senior Engineer (IC3)": the ladder's title for a level, with its code when it has one. */
export function levelName(level: Level): string {
  return level.code && level.code !== level.title ? `${level.title} (${level.code})` : level.title;
}

/** Whether the ladder grades any level: only then do hovers and lenses speak of grades. */
export function ladderHasGrades(ladder: Pick<Ladder, 'levels' | 'families'>): boolean {
  return ladder.levels.some((level) => level.grade !== undefined) || ladder.families.some((family) => Object.keys(family.grades).length > 0);
}

/** The title of the level's track as the ladder names it. */
export function trackTitle(ladder: Pick<Ladder, 'tracks'>, level: Level): string | undefined {
  return ladder.tracks.find((track) => track.id === level.track)?.title;
}

/** "equivalent: Engineering Manager (M1), Management" when the ladder declares the level's counterpart on another track. */
export function equivalentWords(ladder: Pick<Ladder, 'levels' | 'tracks'>, level: Level): string | undefined {
  const other = level.equivalent === undefined ? undefined : ladder.levels.find((l) => l.id === level.equivalent);
  if (!other) return undefined;
  const track = trackTitle(ladder, other);
  return `equivalent: ${levelName(other)}${track ? `, ${track}` : ''}`;
}

/** Whether to speak of extends for a role: some role extends it, or the page itself writes extends claims. */
export function speaksOfExtends(document: RoleDocument, extenders: number): boolean {
  return extenders > 0 || document.roles.some((role) => role.extendsClaims.length > 0);
}

/** Markdown card for a level as the ladder gives it: name and code, grade when graded, track, equivalent, description. */
export function formatLevelCard(view: LadderView, level: Level): string {
  const grade = ladderHasGrades(view.ladder) ? view.gradeOf(level) : undefined;
  const facts = [`**${levelName(level)}**`, grade === undefined ? undefined : `grade ${grade}`, trackTitle(view.ladder, level), equivalentWords(view.ladder, level)];
  const line = facts.filter(Boolean).join(' · ');
  return level.description ? `${line}\n\n${level.description}` : line;
}
