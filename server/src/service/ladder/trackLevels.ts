import type { Ladder, Level, Track } from './types';

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
