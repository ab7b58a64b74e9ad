/**
 * A ladder: the levels and grades of a handbook's job families, and what every role page must hold.
 * Its JSON form is described by schemas/ladder.schema.json; this is the loaded, validated shape.
 */
export type SectionKind =
  | 'job-grade'
  | 'responsibilities'
  | 'requirements'
  | 'performance-indicators'
  | 'career-ladder'
  | 'hiring-process'
  | 'specialties'
  | 'levels';

export interface Track {
  id: string;
  title: string;
}

/** How a heading or sentence subject is recognised as a level. Phrases match whole words, case-insensitively. */
export interface LevelMatch {
  /** Phrase anywhere in the title ("Senior", "Distinguished"). */
  words?: string[];
  /** Phrase at the start of the title ("Manager," for "Manager, Quality Engineering"). */
  startsWith?: string[];
  /** Phrase at the end of the title ("Engineering Manager"). */
  endsWith?: string[];
}

export interface Level {
  id: string;
  title: string;
  track: string;
  /** Absent for titles the ladder knows but does not grade (Chief of Staff, Team Lead). */
  grade?: number;
  description: string;
  /** Id of the level at the same grade on the other track. */
  equivalent?: string;
  match: LevelMatch;
}

export interface FamilyOverride {
  id: string;
  title: string;
  /** Applies when the page path contains one of these (forward slashes, case-insensitive)... */
  pathIncludes?: string[];
  /** ...or the front matter title contains one of these (case-insensitive). */
  titleIncludes?: string[];
  /** Level id → grade for this family. */
  grades: Record<string, number>;
}

export interface InclusiveTerm {
  term: string;
  replacements: string[];
  /** Phrases containing the term that are fine as they are ("Master's degree" for "master"). */
  exceptions?: string[];
}

export interface RequiredPhrase {
  section: SectionKind;
  phrase: string;
}

export interface Ladder {
  name: string;
  tracks: Track[];
  levels: Level[];
  /** Level an unprefixed title ("Backend Engineer") stands for on each track: track id → level id. */
  baseLevels: Record<string, string>;
  /** Links a grade sentence may use for the grade table; the first is the one fixes insert. */
  gradeLinks: string[];
  sectionVocabulary: Record<SectionKind, string[]>;
  requiredRoleSections: SectionKind[];
  requiredPageSections: SectionKind[];
  requiredPhrases: RequiredPhrase[];
  /** Anchors the site layout adds to every page (not in the markdown source). */
  layoutAnchors: string[];
  frontMatterKeys: string[];
  inclusiveLanguage: InclusiveTerm[];
  families: FamilyOverride[];
}

/** Result of classifying a title into a level. */
export interface LevelMatchResult {
  level: Level;
  /** True when a level word named it; false when it is the track's base level by default. */
  explicit: boolean;
  /** The phrase that decided, as written in the title. */
  matched?: string;
}

/** A problem in a ladder or config file, with its place in that file (0-based, like Range). */
export interface ConfigProblem {
  file: string;
  message: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}
