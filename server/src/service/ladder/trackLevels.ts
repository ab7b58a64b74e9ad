import type { Ladder, Level, Track } from './types';

/** "Senior Engineer (IC3)": the ladder's title for a level, with its code when it has one. */
export function levelName(level: Level): string {
  return level.code && level.code !== level.title ? `${level.title} (${level.code})` : level.title;
}

/** Whether the ladder grades any level (itself or in a family table): only then are grades spoken of. */
export function ladderHasGrades(ladder: Pick<Ladder, 'levels' | 'families'>): boolean {
  return ladder.levels.some((level) => level.grade !== undefined) || ladder.families.some((family) => Object.keys(family.grades).length > 0);
}

/** The title of the level's track as the ladder names it. */
export function trackTitle(ladder: Pick<Ladder, 'tracks'>, level: Level): string | undefined {
  return ladder.tracks.find((track) => track.id === level.track)?.title;
}

/** A track's levels from the lowest, as the ladder orders them (its `rank`, else the order it lists them). */
export function levelsOfTrack(ladder: Ladder, track: Track): Level[] {
  const levels = ladder.levels.filter((level) => level.track === track.id);
  return levels
    .map((level, index) => ({ level, order: level.rank ?? index, index }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map((entry) => entry.level);
}

/** Levels the ladder sets beside this one on another track: the one it names and those naming it, in ladder order. */
export function equivalentsOf(ladder: Ladder, level: Level): Level[] {
  return ladder.levels.filter((other) => other !== level && (other.id === level.equivalent || other.equivalent === level.id));
}
