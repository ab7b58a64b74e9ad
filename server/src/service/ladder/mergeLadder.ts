import type { Ladder, Level } from './types';

/** The fields of a ladder file that `extends` another: any subset, with levels given partially by id. */
export type LadderOverride = Partial<Omit<Ladder, 'levels' | 'sectionVocabulary'>> & {
  levels?: (Partial<Level> & { id: string })[];
  sectionVocabulary?: Partial<Ladder['sectionVocabulary']>;
};

/**
 * Applies an override to a base ladder: levels merge by id (known ids field by field, new ids appended in order),
 * baseLevels and sectionVocabulary merge by key, every other field given replaces the base's.
 */
export function mergeLadder(base: Ladder, override: LadderOverride): Ladder {
  const { levels, baseLevels, sectionVocabulary, ...replaced } = override;
  const merged: Ladder = { ...base, ...stripUndefined(replaced) };
  if (levels) merged.levels = mergeLevels(base.levels, levels);
  if (baseLevels) merged.baseLevels = { ...base.baseLevels, ...baseLevels };
  if (sectionVocabulary) merged.sectionVocabulary = { ...base.sectionVocabulary, ...stripUndefined(sectionVocabulary) };
  return merged;
}

function mergeLevels(base: Level[], overrides: (Partial<Level> & { id: string })[]): Level[] {
  const merged = base.map((level) => ({ ...level }));
  for (const override of overrides) {
    const index = merged.findIndex((level) => level.id === override.id);
    if (index >= 0) merged[index] = { ...merged[index]!, ...override };
    else merged.push(override as Level); // completeness of new levels is checked by validating the merged ladder
  }
  return merged;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
