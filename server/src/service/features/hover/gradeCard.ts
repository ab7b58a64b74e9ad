import type { Ladder, Level } from '../../ladder/types';
import type { LadderView } from '../ladderView';
import { levelName } from '../../ladder/trackLevels';

/** Tracks that reach higher grades first, so management reads before individual contributor. */
export function tracksByTopGrade(view: LadderView): Ladder['tracks'] {
  const top = (track: string): number =>
    Math.max(-Infinity, ...view.ladder.levels.filter((l) => l.track === track).map((l) => view.gradeOf(l) ?? -Infinity));
  return [...view.ladder.tracks].sort((a, b) => top(b.id) - top(a.id));
}

/** Levels at one grade for this page's family, grouped by track in display order. */
export function levelsAtGrade(view: LadderView, grade: number): { track: string; levels: Level[] }[] {
  return tracksByTopGrade(view)
    .map((track) => ({ track: track.title, levels: view.ladder.levels.filter((l) => l.track === track.id && view.gradeOf(l) === grade) }))
    .filter((group) => group.levels.length > 0);
}

/** "Senior Manager, Group Manager; Principal": titles per track, tracks apart by semicolons. */
export function titlesAtGrade(view: LadderView, grade: number, separator = '; '): string {
  return levelsAtGrade(view, grade)
    .map((g) => g.levels.map((l) => l.title).join(', '))
    .join(separator);
}

/** Every grade some level of the ladder has, ascending. */
export function gradesOf(view: LadderView): number[] {
  const grades = view.ladder.levels.map((l) => view.gradeOf(l)).filter((g): g is number => g !== undefined);
  return [...new Set(grades)].sort((a, b) => a - b);
}

/** Markdown card for a grade: each track's level and description, the grades around it, and this page's roles. */
export function formatGradeCard(view: LadderView, grade: number, pageRoles: { title: string; grade?: number }[]): string {
  const family = view.family ? `, ${view.family.title} family` : '';
  const parts = [`**Grade ${grade}** on the ${view.ladder.name} ladder${family}`];
  const groups = levelsAtGrade(view, grade);
  if (groups.length) {
    parts.push(groups.flatMap((g) => g.levels.map((l) => `- ${g.track}: **${levelName(l)}**. ${l.description}`)).join('\n'));
  } else parts.push(`No level of the ladder has grade ${grade}.`);
  const grades = gradesOf(view);
  const below = grades.filter((g) => g < grade).pop();
  const above = grades.find((g) => g > grade);
  const around = [
    below === undefined ? undefined : `Below: grade ${below} (${titlesAtGrade(view, below)}).`,
    above === undefined ? undefined : `Above: grade ${above} (${titlesAtGrade(view, above)}).`,
  ].filter(Boolean);
  if (around.length) parts.push(around.join(' '));
  const graded = pageRoles.filter((r) => r.grade !== undefined);
  if (graded.length) {
    const list = graded.map((r) => (r.grade === grade ? `**${r.title} (${r.grade})**` : `${r.title} (${r.grade})`));
    parts.push(`On this page: ${list.join(', ')}.`);
  }
  return parts.join('\n\n');
}
