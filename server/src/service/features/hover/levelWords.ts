import type { RoleDocument } from '../../document/model';
import type { Ladder, Level } from '../../ladder/types';
import { equivalentsOf, ladderHasGrades, levelName, trackTitle } from '../../ladder/trackLevels';
import type { LadderView } from '../ladderView';


/**
 * "equivalent: Engineering Manager (M1), Management" for the levels the ladder sets beside this one
 * (the one it names and those naming it, as the ladder table and the ladder view list them).
 */
export function equivalentWords(ladder: Ladder, level: Level): string | undefined {
  const others = equivalentsOf(ladder, level);
  if (!others.length) return undefined;
  return `equivalent: ${others.map((other) => [levelName(other), trackTitle(ladder, other)].filter(Boolean).join(', ')).join('; ')}`;
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
