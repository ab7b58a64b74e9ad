import type { Ladder, Level } from './types';
import type { LadderIssue, LadderPath } from './ladderIssue';

/** How issues name and locate a level; an extending file's level indices differ from the merged ladder's. */
export interface LevelRefs {
  path(index: number): LadderPath;
  name(index: number): string;
}

export const listedLevelRefs: LevelRefs = {
  path: (index) => ['levels', index],
  name: (index) => `levels[${index}]`,
};

/** Level ids that appear more than once in a ladder file's `levels` array (before any merge). */
export function checkDuplicateLevelIds(levels: unknown): LadderIssue[] {
  if (!Array.isArray(levels)) return [];
  const firstIndex = new Map<string, number>();
  const issues: LadderIssue[] = [];
  levels.forEach((level, index) => {
    const id = (level as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      issues.push({ path: ['levels', index, 'id'], message: `levels[${index}].id "${id}" duplicates levels[${first}].id` });
    }
  });
  return issues;
}

/** Cross-reference checks a schema cannot express: ids that must exist, grade order, equivalent pairs. */
export function checkLadderSemantics(ladder: Ladder, refs: LevelRefs = listedLevelRefs): LadderIssue[] {
  return [
    ...checkLevelReferences(ladder, refs),
    ...checkBaseLevels(ladder),
    ...checkFamilyLevels(ladder),
    ...checkGradeOrder(ladder, refs),
    ...checkEquivalentCycles(ladder, refs),
  ];
}

function listIds(ids: Iterable<string>): string {
  return [...ids].join(', ');
}

function checkLevelReferences(ladder: Ladder, refs: LevelRefs): LadderIssue[] {
  const trackIds = new Set(ladder.tracks.map((track) => track.id));
  const levelIds = new Set(ladder.levels.map((level) => level.id));
  const issues: LadderIssue[] = [];
  ladder.levels.forEach((level, index) => {
    if (!trackIds.has(level.track)) {
      issues.push({
        path: [...refs.path(index), 'track'],
        message: `${refs.name(index)}.track "${level.track}" is not a track; known tracks: ${listIds(trackIds)}`,
      });
    }
    if (level.equivalent !== undefined && !levelIds.has(level.equivalent)) {
      issues.push({
        path: [...refs.path(index), 'equivalent'],
        message: `${refs.name(index)}.equivalent "${level.equivalent}" is not a level id`,
      });
    }
  });
  return issues;
}

function checkBaseLevels(ladder: Ladder): LadderIssue[] {
  const trackIds = new Set(ladder.tracks.map((track) => track.id));
  const issues: LadderIssue[] = [];
  for (const [trackId, levelId] of Object.entries(ladder.baseLevels)) {
    const path = ['baseLevels', trackId];
    const level = ladder.levels.find((candidate) => candidate.id === levelId);
    if (!trackIds.has(trackId)) {
      const message = `baseLevels has unknown track "${trackId}"; known tracks: ${listIds(trackIds)}`;
      issues.push({ path, atKey: true, message });
    } else if (!level) {
      issues.push({ path, message: `baseLevels.${trackId} "${levelId}" is not a level id` });
    } else if (level.track !== trackId) {
      issues.push({ path, message: `baseLevels.${trackId} "${levelId}" is on track "${level.track}", not "${trackId}"` });
    }
  }
  return issues;
}

function checkFamilyLevels(ladder: Ladder): LadderIssue[] {
  const levelIds = new Set(ladder.levels.map((level) => level.id));
  const issues: LadderIssue[] = [];
  ladder.families.forEach((family, index) => {
    for (const levelId of Object.keys(family.grades)) {
      if (!levelIds.has(levelId)) {
        issues.push({
          path: ['families', index, 'grades', levelId],
          atKey: true,
          message: `families[${index}].grades has unknown level "${levelId}" (family "${family.title}")`,
        });
      }
    }
  });
  return issues;
}

/** Within a track, listed order is ascending: a graded level may not sit below an earlier one. */
function checkGradeOrder(ladder: Ladder, refs: LevelRefs): LadderIssue[] {
  const issues: LadderIssue[] = [];
  const generalGrade = (level: Level) => level.grade;
  issues.push(...gradeOrderIssues(ladder, refs, generalGrade, (index) => [...refs.path(index), 'grade'], ''));
  ladder.families.forEach((family, familyIndex) => {
    const familyGrade = (level: Level) =>
      Object.hasOwn(family.grades, level.id) ? family.grades[level.id] : level.grade;
    const familyPath = (index: number) => {
      const id = ladder.levels[index]!.id;
      return Object.hasOwn(family.grades, id) ? ['families', familyIndex, 'grades', id] : [...refs.path(index), 'grade'];
    };
    const own = gradeOrderIssues(ladder, refs, familyGrade, familyPath, ` in family "${family.title}"`);
    // Report only what the family itself breaks; general-ladder breaks are already reported above.
    issues.push(...own.filter((issue) => issue.path[0] === 'families'));
  });
  return issues;
}

function gradeOrderIssues(
  ladder: Ladder,
  refs: LevelRefs,
  gradeOf: (level: Level) => number | undefined,
  pathOf: (index: number) => LadderPath,
  context: string,
): LadderIssue[] {
  const issues: LadderIssue[] = [];
  for (const track of ladder.tracks) {
    let highest: { index: number; grade: number } | undefined;
    ladder.levels.forEach((level, index) => {
      const grade = gradeOf(level);
      if (level.track !== track.id || grade === undefined) return;
      if (highest && grade < highest.grade) {
        const earlier = ladder.levels[highest.index]!;
        issues.push({
          path: pathOf(index),
          message:
            `Non-monotonic ladder${context}: "${level.id}" (grade ${grade}) comes after "${earlier.id}" (grade ${highest.grade}) ` +
            `on track "${track.id}"; ${refs.name(index)}.grade must not be lower than an earlier level's`,
        });
      } else if (!highest || grade > highest.grade) {
        highest = { index, grade };
      }
    });
  }
  return issues;
}

/** Equivalents pair a level with one on the other track; a chain that loops through three or more levels is an error. */
function checkEquivalentCycles(ladder: Ladder, refs: LevelRefs): LadderIssue[] {
  const byId = new Map(ladder.levels.map((level, index) => [level.id, { level, index }]));
  const reported = new Set<string>();
  const issues: LadderIssue[] = [];
  ladder.levels.forEach((start, startIndex) => {
    if (reported.has(start.id)) return;
    const chain: string[] = [start.id];
    let current = start.equivalent;
    while (current !== undefined && byId.has(current) && !chain.includes(current)) {
      chain.push(current);
      current = byId.get(current)!.level.equivalent;
    }
    const closesOnStart = current === start.id;
    if (!closesOnStart || chain.length === 2) return;
    chain.forEach((id) => reported.add(id));
    const message =
      chain.length === 1
        ? `${refs.name(startIndex)}.equivalent points at the level itself ("${start.id}")`
        : `${refs.name(startIndex)}.equivalent starts a cycle of ${chain.length} levels ` +
          `(${[...chain, start.id].join(' → ')}); equivalents must be pairs`;
    issues.push({ path: [...refs.path(startIndex), 'equivalent'], message });
  });
  return issues;
}
