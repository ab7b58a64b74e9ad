import type { Range } from '../types';
import type { RoleDocument } from '../document/model';
import type { RuleContext } from '../rules/ruleTypes';
import { packNumbers } from './packedNumbers';
import {
  ANCHOR_SOURCES,
  HEADER,
  LINK_KINDS,
  LINK_WIDTH,
  PageSummary,
  ROLE_FLAGS,
  SLUG_ID,
  simpleSlug,
  statedGrade,
  type SummaryLinkKind,
} from './pageSummary';
import { detached } from '../detached';
import { roleGradeProblems } from './roleGradeProblems';
import { statedCode } from './statedCode';

/** Collects a page's strings (each once) and ranges while its records are written. */
class SummaryWriter {
  readonly #strings: string[] = [];
  readonly #ends: number[] = [0];
  readonly #numbers = new Map<string, number>();
  readonly ranges: number[] = [];

  /** The string's number in the table, 0 for none. */
  string(text: string | undefined): number {
    if (text === undefined) return 0;
    let s = this.#numbers.get(text);
    if (s === undefined) {
      this.#strings.push(text);
      this.#ends.push(this.#ends[this.#ends.length - 1] + text.length);
      s = this.#ends.length - 1;
      this.#numbers.set(text, s);
    }
    return s;
  }

  range(range: Range): number {
    this.ranges.push(range.start.line, range.start.character, range.end.line, range.end.character);
    return this.ranges.length / 4 - 1;
  }

  finish(uri: string, version: number, sections: number[][]): PageSummary {
    const numbers: number[] = [];
    const all = [...sections, this.ranges, this.#ends];
    let at = HEADER;
    for (const section of all) {
      numbers.push(at);
      at += section.length;
    }
    numbers.push(at);
    for (const section of all) for (const n of section) numbers.push(n);
    // Joined into a string of its own, so no name keeps the page's text alive.
    return new PageSummary(detached(uri), version, detached(this.#strings.join('')), packNumbers(numbers));
  }
}

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** Reduces a parsed page to its summary; `ladder` classifies role titles for the page's family. */
export function summarizePage(document: RoleDocument, ladder: RuleContext): PageSummary {
  const w = new SummaryWriter();
  const headings: number[] = [];
  for (const h of document.headings) {
    w.range(h.range);
    headings.push(w.string(h.text), h.depth | (h.explicitId !== undefined ? 8 : 0));
  }
  const anchors: number[] = [];
  for (const a of document.anchors) {
    const heading = a.headingIndex === undefined ? undefined : document.headings[a.headingIndex];
    const slugId = heading !== undefined && a.id === simpleSlug(heading.text);
    const slot = heading && sameRange(a.range, heading.range) ? a.headingIndex! : w.range(a.range);
    anchors.push(ANCHOR_SOURCES.indexOf(a.source) | (slugId ? SLUG_ID : 0), a.headingIndex === undefined ? 0 : a.headingIndex + 1, slugId ? 0 : w.string(a.id), slot);
  }
  const links: number[] = [];
  const linkIndex = new Map<number, number>();
  for (const link of document.links) {
    const kind = LINK_KINDS.indexOf(link.kind as SummaryLinkKind);
    if (kind === -1) continue;
    linkIndex.set(link.startOffset, links.length / LINK_WIDTH);
    const fragmentSlot = link.fragmentRange ? w.range(link.fragmentRange) + 1 : 0;
    links.push(kind, w.string(link.path), w.string(link.fragment), w.range(link.range), fragmentSlot, 0);
  }
  const roles: number[] = [];
  const claims: number[] = [];
  const gradeProblems = document.roles.length ? roleGradeProblems(ladder) : new Map();
  document.roles.forEach((role, r) => {
    const level = ladder.levelOfRole(role)?.level;
    const stated = statedGrade(role);
    const ladderGrade = level ? ladder.gradeOf(level) : undefined;
    const grade = stated ?? ladderGrade;
    const flags =
      (role.confident ? ROLE_FLAGS.confident : 0) |
      (ladder.rolePage ? ROLE_FLAGS.onRolePage : 0) |
      (stated === undefined ? 0 : ROLE_FLAGS.statedGrade) |
      (ladderGrade === undefined ? 0 : ROLE_FLAGS.ladderGrade);
    roles.push(w.string(role.title), role.heading.index, w.range(role.range), w.string(level?.title), grade === undefined ? 0 : 1, grade ?? 0);
    roles.push(w.range(role.nameRange), w.string(level?.id), flags, stated ?? 0, ladderGrade ?? 0, w.string(statedCode(role, level)), w.string(gradeProblems.get(role)));
    for (const claim of role.extendsClaims) {
      const at = claim.link ? linkIndex.get(claim.link.startOffset) : undefined;
      if (at !== undefined) links[at * LINK_WIDTH + 5] = r + 1;
      claims.push(r, w.string(claim.roleText), at === undefined ? 0 : at + 1);
    }
  });
  // In the order of the header: HEADINGS, ANCHORS, LINKS, ROLES, EXTENDS; `finish` adds RANGES and STRING_ENDS.
  return w.finish(document.uri, document.version, [headings, anchors, links, roles, claims]);
}
