import type { Range } from '../types';
import type { AnchorSource, LinkKind, RoleDocument } from '../document/model';
import type { PackedNumbers } from './packedNumbers';

/** A heading as other pages see it: enough to land a link on it and name it. */
export interface HeadingSummary {
  id: string;
  text: string;
  depth: number;
  range: Range;
  explicit: boolean;
}

/** Any id a link may land on: headings' ids and explicit (HTML, attribute) anchors. */
export interface AnchorSummary {
  id: string;
  source: AnchorSource;
  range: Range;
  headingIndex?: number;
}

export type SummaryLinkKind = Extract<LinkKind, 'fragment' | 'site-path' | 'relative'>;

/** A link that may land on a workspace page; external and empty links are not kept. */
export interface LinkSummary {
  kind: SummaryLinkKind;
  path?: string;
  fragment?: string;
  range: Range;
  fragmentRange?: Range;
  /** The workspace page it lands on, resolved against the pages the index knows. */
  targetUri?: string;
  /** Index (in `roles`) of the role whose extends claim this link is. */
  extendsRole?: number;
}

export interface RoleSummary {
  title: string;
  headingIndex: number;
  /** Heading through the end of the role's block. */
  range: Range;
  levelTitle?: string;
  /** The grade the page states, else the ladder's grade for the level. */
  grade?: number;
  /** Where the role is named: the heading text, the table cell, or the page's first line. */
  nameRange: Range;
  levelId?: string;
  /** The grade the role's first well-formed grade sentence states. */
  statedGrade?: number;
  /** The level's code as the page writes it, in the title or a level statement ("IC3"). */
  statedCode?: string;
  /** The ladder's grade for the level on the page's family. */
  ladderGrade?: number;
  /** The page names or states the level in so many words (see `Role.confident`). */
  confident: boolean;
  /** The ladder takes the page for a role page. */
  onRolePage: boolean;
  /** What grade-mismatch (RD003) says of the role's grade sentence, when it disagrees with the ladder. */
  gradeProblem?: string;
}

export interface ExtendsSummary {
  role: number;
  roleText: string;
  /** Index in `links` when the claim is a link. */
  link?: number;
}

/*
 * The packed layout. `numbers` opens with the start of each section, then holds fixed-width
 * records; a string is its 1-based number in the string table (0: none), an optional index is
 * stored plus one (0: none), and a range is a slot of four numbers in the range table.
 */
export const HEADINGS = 0;
export const ANCHORS = 1;
export const LINKS = 2;
export const ROLES = 3;
export const EXTENDS = 4;
export const RANGES = 5;
export const STRING_ENDS = 6;
export const END = 7;
export const HEADER = 8;
/** text, depth | explicit << 3; a heading's range is slot `index`. */
export const HEADING_WIDTH = 2;
/** source | id-is-simple-slug << 2, heading index + 1, id, range slot. */
export const ANCHOR_WIDTH = 4;
/** kind, path, fragment, range slot, fragment range slot + 1, extends role + 1. */
export const LINK_WIDTH = 6;
/**
 * title, heading index, range slot, level title, has grade, grade, name range slot, level id, flags
 * (ROLE_FLAGS), stated grade, ladder grade, stated code, grade problem.
 */
export const ROLE_WIDTH = 13;
/** Bits of a role's flags. */
export const ROLE_FLAGS = { confident: 1, onRolePage: 2, statedGrade: 4, ladderGrade: 8 } as const;
/** role, role text, link + 1. */
export const EXTENDS_WIDTH = 3;
export const ANCHOR_SOURCES: readonly AnchorSource[] = ['heading', 'heading-attribute', 'block-attribute', 'html'];
export const LINK_KINDS: readonly SummaryLinkKind[] = ['fragment', 'site-path', 'relative'];
/** Flag on an anchor whose id is its heading's text lower-cased with dashes for spaces, so it is not stored. */
export const SLUG_ID = 4;

/** The id most headings get, cheap enough to recompute on every lookup instead of storing it. */
export const simpleSlug = (text: string): string => text.toLowerCase().replaceAll(' ', '-');

/**
 * What the index keeps of a page: no text and no model, so thousands of pages stay small. A page is
 * one string of its names and ids plus one array of numbers; the summaries features read (ranges,
 * headings, links…) are built when asked for, equal to what the page's model holds.
 */
export class PageSummary {
  /** Resolved link targets, by link; set by the index as the set of pages changes. Not private, so a walk of the summary sees it. */
  protected targets: (string | undefined)[] | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    /** Every name and id of the page, back to back; `numbers` says where each ends. */
    readonly strings: string,
    readonly numbers: PackedNumbers,
  ) {
    for (let i = 0; i < this.linkCount; i++) if (this.linkKind(i) === 'fragment') this.setLinkTarget(i, uri);
  }

  get headingCount(): number {
    return this.#count(HEADINGS, HEADING_WIDTH);
  }
  get anchorCount(): number {
    return this.#count(ANCHORS, ANCHOR_WIDTH);
  }
  get linkCount(): number {
    return this.#count(LINKS, LINK_WIDTH);
  }
  get roleCount(): number {
    return this.#count(ROLES, ROLE_WIDTH);
  }

  heading(i: number): HeadingSummary {
    const at = this.numbers[HEADINGS] + i * HEADING_WIDTH;
    const depth = this.numbers[at + 1];
    return { id: this.#headingId(i), text: this.#string(this.numbers[at])!, depth: depth & 7, range: this.#range(i), explicit: depth >= 8 };
  }

  anchor(i: number): AnchorSummary {
    const at = this.numbers[ANCHORS] + i * ANCHOR_WIDTH;
    const headingIndex = this.#optional(at + 1);
    return { id: this.#anchorId(i), source: ANCHOR_SOURCES[this.numbers[at] & 3], range: this.#range(this.numbers[at + 3]), headingIndex };
  }

  /** The first anchor with this id, as browsers scroll to it. */
  anchorById(id: string): AnchorSummary | undefined {
    for (let i = 0; i < this.anchorCount; i++) if (this.#anchorId(i) === id) return this.anchor(i);
    return undefined;
  }

  link(i: number): LinkSummary {
    const at = this.numbers[LINKS] + i * LINK_WIDTH;
    const fragmentSlot = this.#optional(at + 4);
    const extendsRole = this.#optional(at + 5);
    const link: LinkSummary = {
      kind: this.linkKind(i),
      path: this.linkPath(i),
      fragment: this.linkFragment(i),
      range: this.#range(this.numbers[at + 3]),
      fragmentRange: fragmentSlot === undefined ? undefined : this.#range(fragmentSlot),
      targetUri: this.linkTarget(i),
    };
    if (extendsRole !== undefined) link.extendsRole = extendsRole;
    return link;
  }

  linkKind(i: number): SummaryLinkKind {
    return LINK_KINDS[this.numbers[this.numbers[LINKS] + i * LINK_WIDTH]];
  }
  linkPath(i: number): string | undefined {
    return this.#string(this.numbers[this.numbers[LINKS] + i * LINK_WIDTH + 1]);
  }
  linkFragment(i: number): string | undefined {
    return this.#string(this.numbers[this.numbers[LINKS] + i * LINK_WIDTH + 2]);
  }
  linkTarget(i: number): string | undefined {
    return this.targets?.[i];
  }
  setLinkTarget(i: number, uri: string | undefined): void {
    if (uri === undefined && !this.targets) return;
    (this.targets ??= new Array<string | undefined>(this.linkCount).fill(undefined))[i] = uri;
  }

  role(i: number): RoleSummary {
    const at = this.numbers[ROLES] + i * ROLE_WIDTH;
    const n = this.numbers;
    const flags = n[at + 8];
    return {
      title: this.#string(n[at])!,
      headingIndex: n[at + 1],
      range: this.#range(n[at + 2]),
      levelTitle: this.#string(n[at + 3]),
      grade: n[at + 4] ? n[at + 5] : undefined,
      nameRange: this.#range(n[at + 6]),
      levelId: this.#string(n[at + 7]),
      statedGrade: flags & ROLE_FLAGS.statedGrade ? n[at + 9] : undefined,
      statedCode: this.#string(n[at + 11]),
      ladderGrade: flags & ROLE_FLAGS.ladderGrade ? n[at + 10] : undefined,
      confident: (flags & ROLE_FLAGS.confident) !== 0,
      onRolePage: (flags & ROLE_FLAGS.onRolePage) !== 0,
      gradeProblem: this.#string(n[at + 12]),
    };
  }

  /** Every heading, built on each call; a feature after one heading asks `heading(i)`. */
  get headings(): HeadingSummary[] {
    return Array.from({ length: this.headingCount }, (_, i) => this.heading(i));
  }
  get anchors(): AnchorSummary[] {
    return Array.from({ length: this.anchorCount }, (_, i) => this.anchor(i));
  }
  get links(): LinkSummary[] {
    return Array.from({ length: this.linkCount }, (_, i) => this.link(i));
  }
  get roles(): RoleSummary[] {
    return Array.from({ length: this.roleCount }, (_, i) => this.role(i));
  }
  get extendsClaims(): ExtendsSummary[] {
    const n = this.numbers;
    const out: ExtendsSummary[] = [];
    for (let at = n[EXTENDS]; at < n[RANGES]; at += EXTENDS_WIDTH) {
      out.push({ role: n[at], roleText: this.#string(n[at + 1])!, link: this.#optional(at + 2) });
    }
    return out;
  }

  #count(section: number, width: number): number {
    return (this.numbers[section + 1] - this.numbers[section]) / width;
  }

  #optional(at: number): number | undefined {
    const v = this.numbers[at];
    return v === 0 ? undefined : v - 1;
  }

  #range(slot: number): Range {
    const at = this.numbers[RANGES] + slot * 4;
    const n = this.numbers;
    return { start: { line: n[at], character: n[at + 1] }, end: { line: n[at + 2], character: n[at + 3] } };
  }

  #string(s: number): string | undefined {
    if (s === 0) return undefined;
    const ends = this.numbers[STRING_ENDS];
    return this.strings.slice(this.numbers[ends + s - 1], this.numbers[ends + s]);
  }

  #anchorId(i: number): string {
    const at = this.numbers[ANCHORS] + i * ANCHOR_WIDTH;
    if (!(this.numbers[at] & SLUG_ID)) return this.#string(this.numbers[at + 2])!;
    const heading = this.numbers[HEADINGS] + (this.numbers[at + 1] - 1) * HEADING_WIDTH;
    return simpleSlug(this.#string(this.numbers[heading])!);
  }

  /** The id of the heading's own anchor; headings' anchors come first, in heading order, so the search starts there. */
  #headingId(i: number): string {
    const count = this.anchorCount;
    for (let k = 0; k < count; k++) {
      const a = (i + k) % count;
      const at = this.numbers[ANCHORS] + a * ANCHOR_WIDTH;
      if (this.numbers[at + 1] === i + 1 && ANCHOR_SOURCES[this.numbers[at] & 3] !== 'html') return this.#anchorId(a);
    }
    return '';
  }
}

/** The grade a role states in its first well-formed grade sentence. */
export function statedGrade(role: RoleDocument['roles'][number]): number | undefined {
  return role.gradeClaims.find((c) => !c.malformed)?.grade;
}
