import type { FamilyOverride, Ladder } from '../ladder/types';
import { gradeOf } from '../ladder/classifyTitle';
import { levelOrder } from '../rules/ladder/gradeOrder';
import type { ChainPage } from './extendsChains';

/** One role in a cell of the matrix. */
export interface MatrixCell {
  title: string;
  path: string;
  line: number;
  code: string | null;
  statedGrade: number | null;
  ladderGrade: number | null;
  /** The page states a grade and the ladder gives this level another. */
  disagrees: boolean;
}

/** Levels a family lacks: those of one grade on one track, any of which would fill the gap. */
export interface MissingLevel {
  track: string;
  grade: number | null;
  levels: string[];
}

/** A family: the roles of one page that share a name once the level words are gone. */
export interface FamilyRow {
  family: string;
  path: string;
  /** The ladder family whose grades the page takes, if any. */
  ladderFamily: string | null;
  /** Level id → the roles at that level. */
  cells: Record<string, MatrixCell[]>;
  missing: MissingLevel[];
}

export interface LevelColumn {
  id: string;
  title: string;
  track: string;
  code: string | null;
  grade: number | null;
}

/** Families × levels of one ladder. Only levels some family holds or lacks are columns. */
export interface CoverageMatrix {
  ladder: string;
  levels: LevelColumn[];
  rows: FamilyRow[];
}

export function buildCoverageMatrix(ladder: Ladder, pages: readonly ChainPage[]): CoverageMatrix {
  const rows: FamilyRow[] = [];
  for (const page of pages) {
    const byFamily = new Map<string, FamilyRow>();
    const override = ladder.families.find((family) => family.id === page.facts.ladderFamily?.id);
    for (const role of page.facts.roles) {
      if (!role.inMatrix || !role.level) continue;
      const key = role.family.toLowerCase();
      let row = byFamily.get(key);
      if (!row) byFamily.set(key, (row = { family: role.family, path: page.path, ladderFamily: override?.title ?? null, cells: {}, missing: [] }));
      const cell: MatrixCell = {
        title: role.title,
        path: page.path,
        line: role.line,
        code: role.level.code,
        statedGrade: role.statedGrade,
        ladderGrade: role.ladderGrade,
        disagrees: role.statedGrade !== null && role.ladderGrade !== null && role.statedGrade !== role.ladderGrade,
      };
      (row.cells[role.level.id] ??= []).push(cell);
    }
    for (const row of byFamily.values()) row.missing = missingLevels(ladder, override, Object.keys(row.cells));
    rows.push(...byFamily.values());
  }
  const used = new Set(rows.flatMap((row) => [...Object.keys(row.cells), ...row.missing.flatMap((m) => m.levels)]));
  const trackOrder = (track: string): number => ladder.tracks.findIndex((t) => t.id === track);
  const levels = ladder.levels
    .filter((level) => used.has(level.id))
    .sort((a, b) => trackOrder(a.track) - trackOrder(b.track) || levelOrder(ladder, a) - levelOrder(ladder, b))
    .map((level): LevelColumn => ({ id: level.id, title: level.title, track: level.track, code: level.code ?? null, grade: level.grade ?? null }));
  return { ladder: ladder.name, levels, rows };
}

/**
 * The family's own `levels` when the ladder declares them; otherwise, on each track it uses, the
 * graded levels between its lowest and highest whose grade no level it has holds (Junior and
 * Associate share a grade: either fills it; an ungraded title such as Team Lead is never missing).
 */
function missingLevels(ladder: Ladder, family: FamilyOverride | undefined, present: string[]): MissingLevel[] {
  const has = new Set(present);
  const levelOf = (id: string) => ladder.levels.find((level) => level.id === id);
  if (family?.levels) {
    return family.levels.flatMap((id) => {
      const level = levelOf(id);
      return level && !has.has(id) ? [{ track: level.track, grade: gradeOf(ladder, id, family) ?? null, levels: [id] }] : [];
    });
  }
  const missing: MissingLevel[] = [];
  for (const track of ladder.tracks) {
    // Only graded levels span a range: an ungraded title (Team Lead) is listed last but sits nowhere on it.
    const held = present.map(levelOf).filter((level) => level?.track === track.id && gradeOf(ladder, level.id, family) !== undefined).map((level) => level!);
    if (held.length < 2) continue;
    const orders = held.map((level) => levelOrder(ladder, level));
    const [low, high] = [Math.min(...orders), Math.max(...orders)];
    const heldGrades = new Set(held.map((level) => gradeOf(ladder, level.id, family)));
    const byGrade = new Map<number, string[]>();
    for (const level of ladder.levels) {
      if (level.track !== track.id || has.has(level.id)) continue;
      const order = levelOrder(ladder, level);
      const grade = gradeOf(ladder, level.id, family);
      if (order <= low || order >= high || grade === undefined || heldGrades.has(grade)) continue;
      byGrade.set(grade, [...(byGrade.get(grade) ?? []), level.id]);
    }
    for (const [grade, levels] of [...byGrade].sort((a, b) => a[0] - b[0])) missing.push({ track: track.id, grade, levels });
  }
  return missing;
}
