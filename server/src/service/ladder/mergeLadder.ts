import { normalizeLadder, type LadderFile } from './normalizeLadder';
import type { FamilyOverride, Ladder, Level } from './types';

/** The fields of a ladder file that `extends` another: any subset, with levels given partially by id. */
export type LadderOverride = Omit<LadderFile, 'sectionVocabulary'> & {
  sectionVocabulary?: Partial<Ladder['sectionVocabulary']>;
  /** Ids of inherited levels this ladder does not have. */
  removeLevels?: string[];
};

/**
 * Applies an override to a base ladder: levels merge by id (known ids field by field, new ids appended in order,
 * `removeLevels` dropped), baseLevels, sectionVocabulary, sectionTitles and sectionVariants merge by key, `sections` add to the
 * base's, every other field given replaces the base's.
 */
export function mergeLadder(base: Ladder, override: LadderOverride): Ladder {
  const { levels, baseLevels, sectionVocabulary, sectionTitles, sectionVariants, sections, removeLevels, ...replaced } = override;
  const merged: LadderFile = { ...base, ...stripUndefined(replaced) };
  if (levels) merged.levels = mergeLevels(base.levels, levels);
  if (removeLevels?.length) {
    const removed = new Set(removeLevels);
    merged.levels = (merged.levels ?? []).filter((level) => !removed.has(level.id));
    merged.baseLevels = Object.fromEntries(Object.entries(merged.baseLevels ?? {}).filter(([, id]) => !removed.has(id)));
    merged.levels = merged.levels.map((level) => (level.equivalent && removed.has(level.equivalent) ? { ...level, equivalent: undefined } : level));
    // Inherited families stop naming removed levels; families this file gives are checked as written.
    if (!replaced.families) merged.families = (merged.families ?? []).map((family) => withoutLevels(family, removed));
  }
  if (baseLevels) merged.baseLevels = { ...merged.baseLevels, ...baseLevels };
  if (sectionVocabulary) merged.sectionVocabulary = { ...base.sectionVocabulary, ...(stripUndefined(sectionVocabulary) as Record<string, string[]>) };
  merged.sectionTitles = { ...base.sectionTitles, ...(sectionTitles ?? {}) };
  merged.sectionVariants = { ...base.sectionVariants, ...(sectionVariants ?? {}) };
  if (sections) merged.sections = sections;
  return normalizeLadder(merged);
}

function mergeLevels(base: Level[], overrides: (Partial<Level> & { id: string })[]): (Partial<Level> & { id: string })[] {
  const merged: (Partial<Level> & { id: string })[] = base.map((level) => ({ ...level }));
  for (const override of overrides) {
    const index = merged.findIndex((level) => level.id === override.id);
    if (index >= 0) merged[index] = { ...merged[index]!, ...override };
    else merged.push(override); // completeness of new levels is checked by validating the merged ladder
  }
  return merged;
}

function withoutLevels(family: FamilyOverride, removed: Set<string>): FamilyOverride {
  const grades = Object.fromEntries(Object.entries(family.grades).filter(([id]) => !removed.has(id)));
  return { ...family, grades, ...(family.levels ? { levels: family.levels.filter((id) => !removed.has(id)) } : {}) };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
