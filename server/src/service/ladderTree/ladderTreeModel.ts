/*
 * The ladder tree's shapes: plain data, importing nothing, so the client's protocol module can hand
 * them on without pulling in the server.
 */

/** The ladder of one folder as tracks → levels → the roles its pages give at each level. */
export interface LadderTree {
  /** The ladder's own name ("Engineering levels"). */
  ladderName: string;
  /** "default", or the ladder file as a workspace path. */
  source: string;
  /** Whether any level has a grade; otherwise grades are not shown. */
  hasGrades: boolean;
  /** Whether any level has a code ("IC3"); otherwise codes are not shown. */
  hasCodes: boolean;
  tracks: LadderTreeTrack[];
  /** Roles placed on levels, across every track. */
  roleCount: number;
}

export interface LadderTreeTrack {
  id: string;
  title: string;
  /** From the lowest level up, as the ladder orders them. */
  levels: LadderTreeLevel[];
}

export interface LadderTreeLevel {
  id: string;
  title: string;
  code?: string;
  /** The ladder's grade (a family's own table may differ; each role carries its own). */
  grade?: number;
  /** Levels the ladder sets beside this one on other tracks. */
  equivalents: LadderTreeEquivalent[];
  /** By page path, then line. */
  roles: LadderTreeRole[];
  /** False when no role page gives this level. */
  covered: boolean;
}

export interface LadderTreeEquivalent {
  id: string;
  title: string;
  code?: string;
  trackTitle: string;
}

export interface LadderTreeRole {
  /** The role's name as the page writes it. */
  title: string;
  uri: string;
  /** The page's path in the workspace folder. */
  path: string;
  /** Where the role is named (0-based lines and characters). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  statedGrade?: number;
  statedCode?: string;
  /** The ladder's grade for the level on the page's family. */
  ladderGrade?: number;
  /** Set when the stated grade disagrees with the ladder: what grade-mismatch (RD003) says. */
  gradeProblem?: string;
}
