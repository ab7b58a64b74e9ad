import type { Ladder, Level } from '../ladder/types';
import { equivalentsOf, ladderHasGrades, levelsOfTrack } from '../ladder/trackLevels';
import type { IndexedRole } from '../workspaceIndex/workspaceIndex';
import type { LadderTree, LadderTreeEquivalent, LadderTreeLevel, LadderTreeRole } from './ladderTreeModel';

export interface LadderTreeInput {
  ladder: Ladder;
  /** "default", or the ladder file as a workspace path. */
  source: string;
  /** Every role of the folder's pages, by page then position (`WorkspaceIndex.allRoles`). */
  roles: readonly IndexedRole[];
  /** A page's path in the folder, for the tree to show. */
  displayPath: (uri: string) => string;
}

/**
 * The ladder as tracks → levels → roles. Only confident roles on role pages are placed, as the rules
 * read them: a role the page does not name or state the level of in so many words is a guess.
 */
export function buildLadderTree({ ladder, source, roles, displayPath }: LadderTreeInput): LadderTree {
  const byLevel = new Map<string, LadderTreeRole[]>();
  let roleCount = 0;
  for (const { uri, role } of roles) {
    if (!role.confident || !role.onRolePage || role.levelId === undefined) continue;
    const placed: LadderTreeRole = { title: role.title, uri, path: displayPath(uri), range: role.nameRange };
    if (role.statedGrade !== undefined) placed.statedGrade = role.statedGrade;
    if (role.statedCode !== undefined) placed.statedCode = role.statedCode;
    if (role.ladderGrade !== undefined) placed.ladderGrade = role.ladderGrade;
    if (role.gradeProblem !== undefined) placed.gradeProblem = role.gradeProblem;
    const list = byLevel.get(role.levelId) ?? [];
    if (!list.length) byLevel.set(role.levelId, list);
    list.push(placed);
    roleCount++;
  }
  const trackTitle = new Map(ladder.tracks.map((track) => [track.id, track.title]));
  const equivalent = (level: Level): LadderTreeEquivalent => ({
    id: level.id,
    title: level.title,
    ...(level.code !== undefined && { code: level.code }),
    trackTitle: trackTitle.get(level.track) ?? level.track,
  });
  const treeLevel = (level: Level): LadderTreeLevel => {
    const levelRoles = byLevel.get(level.id) ?? [];
    return {
      id: level.id,
      title: level.title,
      ...(level.code !== undefined && { code: level.code }),
      ...(level.grade !== undefined && { grade: level.grade }),
      equivalents: equivalentsOf(ladder, level).map(equivalent),
      roles: levelRoles,
      covered: levelRoles.length > 0,
    };
  };
  return {
    ladderName: ladder.name,
    source,
    hasGrades: ladderHasGrades(ladder),
    hasCodes: ladder.levels.some((level) => level.code !== undefined),
    tracks: ladder.tracks.map((track) => ({ id: track.id, title: track.title, levels: levelsOfTrack(ladder, track).map(treeLevel) })),
    roleCount,
  };
}
