/**
 * A ladder: the levels and grades of a handbook's job families, and what every role page must hold.
 * Its JSON form is described by schemas/ladder.schema.json; this is the loaded, validated shape.
 */
/**
 * A kind of section, by id. A ladder declares its own ("impact", "expectations"); four ids carry a
 * meaning of their own wherever a ladder uses them: "job-grade" (a grade sentence stands for it),
 * "levels" (its sub-headings are roles), "specialties" (its sub-headings are variants, not roles) and
 * "responsibilities"/"requirements" (what extends claims point at).
 */
export type SectionKind = string;

/** A section a ladder declares: its id, the title messages, snippets and fixes use, and its other names. */
export interface SectionDefinition {
  id: SectionKind;
  title: string;
  synonyms?: string[];
  /** Where it is required: on every role ("role"), once per role page ("page"). */
  required?: ('role' | 'page')[];
}

/** How pages write their levels: one heading per level, one table column or row per level, one page per level. */
export type PageLayout = 'heading-per-level' | 'table-columns' | 'table-rows' | 'page-per-level';

/** Which pages are role pages. With none of these, a page is one when its own content shows roles. */
export interface RolePages {
  /** Globs matched against the page path (relative globs match at any depth). */
  include?: string[];
  exclude?: string[];
  /** Front matter key → value that marks a role page (true: the key is present). */
  frontMatter?: Record<string, string | boolean>;
  /** Front matter key naming the page's level, for one page per level (default "level"). */
  levelKey?: string;
}

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
  /** Short code pages use for the level ("IC3", "L4", "M5"). */
  code?: string;
  /** Other names of the level ("Software Engineer II"). */
  aliases?: string[];
  /** Order within the track when list order is not it (lower first). */
  rank?: number;
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
  /** The levels this family has, when it uses only some of the ladder's. */
  levels?: string[];
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
  /** Other wordings that state the same requirement ("Able to use GitLab"). */
  alternatives?: string[];
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
  /** Title of each section kind, as messages, snippets and fixes write it. */
  sectionTitles: Record<SectionKind, string>;
  /** Headings that hold a section under a name the ladder wants renamed to the section's title, by kind. */
  sectionVariants: Record<SectionKind, string[]>;
  /** How a sentence or heading states a level: patterns with one `{level}` ("is an {level}", "Level: {level}"). */
  levelStatements: string[];
  /**
   * Words that make a title a step on its own family's ladder ("Manager" in "Senior Audit Manager"):
   * beside an individual-contributor level word they leave the grade undecided, unless a family table grades the level.
   */
  familyTitleWords: string[];
  layouts: PageLayout[];
  rolePages?: RolePages;
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
