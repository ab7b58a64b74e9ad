import type { Range } from '../types';
import type { LevelMatchResult, SectionKind } from '../ladder/types';
import type { LineIndex } from '../text/lineIndex';

export interface FrontMatter {
  /** The whole block including delimiters. */
  range: Range;
  /** Offset of the YAML body in the document. */
  bodyOffset: number;
  body: string;
  data: Record<string, unknown> | undefined;
  errors: { message: string; range: Range }[];
  /** Top-level keys as written, with the range of each key (empty when the YAML is not a mapping). */
  keys: { name: string; range: Range }[];
}

export interface Heading {
  index: number;
  depth: number;
  /** Text with formatting removed, Unicode-trimmed, any `{#id}` removed. */
  text: string;
  /** Source of the heading's content (after the `#` marks): the text under `textRange`. */
  raw: string;
  /** The id the page renders for it: explicit if given, else the profile's slug, de-duplicated. */
  id: string;
  explicitId?: string;
  /** The whole heading line. */
  range: Range;
  /** Just the heading text, for rename and selection. */
  textRange: Range;
  startOffset: number;
  endOffset: number;
}

export type AnchorSource = 'heading' | 'heading-attribute' | 'block-attribute' | 'html';

export interface Anchor {
  id: string;
  source: AnchorSource;
  range: Range;
  /** Heading the anchor names (its own heading, or the heading an HTML anchor sits in or before). */
  headingIndex?: number;
}

export type LinkKind = 'fragment' | 'site-path' | 'relative' | 'external' | 'empty';

export interface Link {
  kind: LinkKind;
  text: string;
  /** The destination as written. */
  target: string;
  /** Path part for site-path and relative links, without fragment or query. */
  path?: string;
  /** Decoded fragment, without `#`. */
  fragment?: string;
  range: Range;
  /** Range of the destination as written; absent for reference links and autolinks. */
  targetRange?: Range;
  /** Range of the fragment text after `#`. */
  fragmentRange?: Range;
  startOffset: number;
  /** True for `[text][ref]` links; `target` is then the definition's URL. */
  viaReference?: boolean;
}

export interface Section {
  kind: SectionKind;
  heading: Heading;
  /** Level words before the section name ("Staff" in "Staff Requirements"). */
  prefix?: string;
  /** Heading line through the end of its block. */
  range: Range;
  endOffset: number;
  /** Whether anything but white space and sub-headings follows the heading. */
  hasContent: boolean;
}

export interface GradeClaim {
  /** "Staff Backend Engineer" in "The Staff Backend Engineer is a grade 8"; absent if generic ("The role"). */
  subject?: string;
  subjectRange?: Range;
  /** The grade as written: "8", "#9", "9.5". */
  value: string;
  grade: number;
  malformed?: 'hash' | 'decimal';
  valueRange: Range;
  /** Whole claim from the subject to the end of the link. */
  range: Range;
  /** The grade link's destination as written, if linked. */
  linkTarget?: string;
  linkTargetRange?: Range;
  startOffset: number;
  inHeading: boolean;
  /** Written "is a [10](…)", without the word grade: a claim only where the link is a grade link of the ladder. */
  bareNumber?: boolean;
}

export type ExtendsKind = 'requirements' | 'responsibilities' | 'role';

export interface ExtendsClaim {
  /** The role the sentence names: link text or plain words. */
  roleText: string;
  roleTextRange: Range;
  sectionKind: ExtendsKind;
  link?: Link;
  range: Range;
  startOffset: number;
  /** "Exends" as written, when the claim's opening word misspells "Extends". */
  keyword?: string;
  keywordRange?: Range;
}

/** How a page gives a role: a heading, a column or row of a levels table, or the whole page (front matter). */
export type RoleForm = 'heading' | 'table-column' | 'table-row' | 'page';

export interface Role {
  title: string;
  /** The role's heading; for a table column or row, the heading above the table. */
  heading: Heading;
  form: RoleForm;
  /** Where the role is named: the heading text, the table cell, or the page's first line. */
  nameRange: Range;
  /** The level the ladder finds for it, and how: named in the title, stated in its text, or the track's base level. */
  level?: LevelMatchResult;
  levelSource?: 'title' | 'statement' | 'front-matter' | 'base';
  /**
   * True when the page names the role's level in so many words (a level title, code or alias in the
   * heading, a grade or level statement of its own, a level column) or lists it among named levels:
   * rules that reason about roles report only on these.
   */
  confident: boolean;
  /** Section kinds given without a heading: bold bullet labels ("**Impact**:") or the rows of a levels table. */
  labels: SectionKind[];
  /** Level statements in the role's text ("is an IC3"). */
  levelStatements: LevelStatementClaim[];
  sections: Section[];
  gradeClaims: GradeClaim[];
  extendsClaims: ExtendsClaim[];
  range: Range;
  endOffset: number;
  /** True when no heading of its own exists and the role was formed from prefixed sections. */
  synthetic: boolean;
}

export interface UnknownLevel {
  /** The unknown name as written ("IC7"). */
  name: string;
  /** The heading or table cell that holds it. */
  range: Range;
  startOffset: number;
}

/** A sentence that states a level in the ladder's own words ("This role is an IC3"). */
export interface LevelStatementClaim {
  levelId: string;
  /** The level's name as written. */
  text: string;
  range: Range;
  startOffset: number;
}

export interface HtmlComment {
  text: string;
  range: Range;
  startOffset: number;
}

/** Everything the rules and features read about one version of one page. */
export interface RoleDocument {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  headings: Heading[];
  anchors: Anchor[];
  /** id → anchors with that id, in document order. */
  anchorsById: Map<string, Anchor[]>;
  links: Link[];
  sections: Section[];
  roles: Role[];
  /** Level-shaped names the ladder does not have ("IC7" beside IC5 and IC6 headings, a level column "L9"). */
  unknownLevels: UnknownLevel[];
  /** Sections that belong to no role (page-level Responsibilities, Hiring Process, …). */
  pageSections: Section[];
  gradeClaims: GradeClaim[];
  extendsClaims: ExtendsClaim[];
  htmlComments: HtmlComment[];
  /** Reference definitions by normalised label. */
  definitions: Map<string, string>;
  /**
   * The page's text nodes, parse unit by parse unit, in document order (units without prose left
   * out): prose only, never code, HTML, link destinations, autolinked URLs or front matter. Escapes
   * and entities are still as written. `proseSpans` lists them at page offsets.
   */
  proseRuns: ProseRun[];
  /** Stretches of the page left unparsed because a parse limit was reached (empty normally). */
  parseLimits: ParseLimitHit[];
}

/** A block the parser skipped: too large ('size') or the page's time budget ran out ('time'). */
export interface ParseLimitHit {
  reason: 'size' | 'time';
  range: Range;
  chars: number;
}

/** A stretch of the page's text, as offsets: `text.slice(start, end)`. */
/**
 * One parse unit's text nodes: `spans` holds start and end of each, in turn, relative to `offset`.
 * Both `key` and `spans` stay the same objects for as long as the unit's text is the same, wherever
 * an edit moves it (only `offset` changes): an answer about the run's text, in offsets relative to
 * the run, can be kept under `key` from one version of the page to the next.
 */
export interface ProseRun {
  readonly key: object;
  readonly offset: number;
  readonly spans: readonly number[];
}

/** The page's text nodes at page offsets, in document order. */
export function proseSpans(document: Pick<RoleDocument, 'proseRuns'>): OffsetSpan[] {
  const out: OffsetSpan[] = [];
  for (const { offset, spans } of document.proseRuns) for (let i = 0; i < spans.length; i += 2) out.push({ start: offset + spans[i], end: offset + spans[i + 1] });
  return out;
}

export interface OffsetSpan {
  start: number;
  end: number;
}
