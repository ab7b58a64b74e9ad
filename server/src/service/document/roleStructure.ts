import type { ExtendsClaim, GradeClaim, Heading, Role, Section } from './model';
import type { LineIndex } from './lineIndex';
import type { SectionMatch } from './sectionMatcher';
import { normalizeTitle } from './normalizeText';
import { withoutHtmlComments } from './htmlComments';

const ROLE_SECTION_KINDS = new Set(['job-grade', 'responsibilities', 'requirements', 'performance-indicators']);

export interface RoleStructure {
  sections: Section[];
  roles: Role[];
  pageSections: Section[];
}

/**
 * Groups headings into roles and sections. A role is the nearest non-section heading above a
 * Job Grade section or grade claim, a heading right under "Levels", or one holding both
 * Responsibilities and Requirements.
 * Prefixed sections with no role heading above them ("#### Staff Requirements") form a role of
 * their own, named by the prefix.
 */
export function buildRoleStructure(
  headings: Heading[],
  matches: (SectionMatch | undefined)[],
  gradeClaims: GradeClaim[],
  extendsClaims: ExtendsClaim[],
  text: string,
  lines: LineIndex,
): RoleStructure {
  const blockEnd = headings.map((h, i) => {
    for (let j = i + 1; j < headings.length; j++) if (headings[j].depth <= h.depth) return headings[j].startOffset;
    return text.length;
  });
  const owner: number[] = [];
  const underLevels: boolean[] = [];
  const insideSpecialties: boolean[] = [];
  const stack: number[] = [];
  for (let i = 0; i < headings.length; i++) {
    while (stack.length && headings[stack[stack.length - 1]].depth >= headings[i].depth) stack.pop();
    let o = -1;
    let specialties = false;
    for (let k = stack.length - 1; k >= 0; k--) {
      const a = stack[k];
      if (matches[a]?.kind === 'specialties') specialties = true;
      if (o === -1 && !matches[a]) o = a;
    }
    owner.push(o);
    underLevels.push(stack.length > 0 && matches[stack[stack.length - 1]]?.kind === 'levels');
    insideSpecialties.push(specialties);
    stack.push(i);
  }

  const sections: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const m = matches[i];
    if (!m) continue;
    const section: Section = {
      kind: m.kind,
      heading: headings[i],
      prefix: m.prefix,
      range: lines.rangeOf(headings[i].startOffset, blockEnd[i]),
      endOffset: blockEnd[i],
      hasContent: hasContentBetween(text, headings, i, blockEnd[i]),
    };
    sections.push(section);
  }

  // A heading that is itself a grade sentence ("#### Manager, X Job Grade is a [grade 8]") stands for its role's Job Grade, not a role.
  const gradeHeadings = new Set(gradeClaims.filter((c) => c.inHeading).map((c) => headingAt(headings, c.startOffset)));
  const claimOwner = (offset: number): number => {
    const h = headingAt(headings, offset);
    if (h === -1) return -1;
    return matches[h] || gradeHeadings.has(h) ? owner[h] : h;
  };
  const hasGradeClaim = new Set(gradeClaims.map((c) => claimOwner(c.startOffset)));
  // Sections by owning heading, built once: filtering all sections per heading is quadratic on large pages.
  const ownedSections = new Map<number, Section[]>();
  for (const s of sections) {
    const o = owner[s.heading.index];
    const list = ownedSections.get(o);
    if (list) list.push(s);
    else ownedSections.set(o, [s]);
  }
  const isRole = headings.map((h, i) => {
    if (matches[i] || insideSpecialties[i] || gradeHeadings.has(i)) return false;
    if (hasGradeClaim.has(i) || underLevels[i]) return true;
    let responsibilities = false;
    let requirements = false;
    for (const s of ownedSections.get(i) ?? []) {
      if (s.kind === 'job-grade') return true;
      if (s.kind === 'responsibilities') responsibilities = true;
      else if (s.kind === 'requirements') requirements = true;
    }
    return h.depth >= 2 && responsibilities && requirements;
  });

  const roles: Role[] = [];
  const claimedSections = new Set<Section>();
  for (let i = 0; i < headings.length; i++) {
    if (!isRole[i]) continue;
    const own = ownedSections.get(i) ?? [];
    own.forEach((s) => claimedSections.add(s));
    roles.push(newRole(normalizeTitle(headings[i].text), headings[i], own, blockEnd[i], false, lines));
  }
  const realRoles = roles.length;
  for (const group of groupPrefixedSections(sections, owner, isRole, claimedSections)) {
    group.forEach((s) => claimedSections.add(s));
    const last = group[group.length - 1];
    // "### Senior X" then "### Senior X Responsibilities" at the same depth: the sections are that role's.
    const before = roles.slice(0, realRoles).filter((r) => r.heading.startOffset < group[0].heading.startOffset).pop();
    if (before && normalizeTitle(group[0].prefix ?? '').toLowerCase() === before.title.toLowerCase()) {
      before.sections.push(...group);
      before.endOffset = Math.max(before.endOffset, last.endOffset);
      before.range = lines.rangeOf(before.heading.startOffset, before.endOffset);
      continue;
    }
    roles.push(newRole(group[0].prefix ?? '', group[0].heading, group, last.endOffset, true, lines));
  }
  roles.sort((a, b) => a.heading.startOffset - b.heading.startOffset);
  assignClaims(roles, gradeClaims, (r) => r.gradeClaims);
  assignClaims(roles, extendsClaims, (r) => r.extendsClaims);
  return { sections, roles, pageSections: sections.filter((s) => !claimedSections.has(s)) };
}

function newRole(title: string, heading: Heading, sections: Section[], endOffset: number, synthetic: boolean, lines: LineIndex): Role {
  return {
    title,
    heading,
    sections,
    gradeClaims: [],
    extendsClaims: [],
    range: lines.rangeOf(heading.startOffset, endOffset),
    endOffset,
    synthetic,
  };
}

function groupPrefixedSections(
  sections: Section[],
  owner: number[],
  isRole: boolean[],
  claimed: Set<Section>,
): Section[][] {
  const groups: Section[][] = [];
  let current: Section[] = [];
  let currentKey = '';
  for (const s of sections) {
    const o = owner[s.heading.index];
    const free = !claimed.has(s) && (o === -1 || !isRole[o]) && s.prefix && ROLE_SECTION_KINDS.has(s.kind);
    const key = free ? normalizeTitle(s.prefix!).toLowerCase() : '';
    if (!free || key !== currentKey) {
      if (current.length) groups.push(current);
      current = [];
      currentKey = key;
    }
    if (free) current.push(s);
  }
  if (current.length) groups.push(current);
  return groups.filter((g) => g.length >= 2 || g.some((s) => s.kind === 'job-grade'));
}

function assignClaims<T extends { startOffset: number }>(roles: Role[], claims: T[], list: (r: Role) => T[]): void {
  // One sweep in offset order (claims × roles was quadratic): the open role that started last holds the claim.
  const byStart = [...roles].sort((a, b) => a.heading.startOffset - b.heading.startOffset);
  const open: Role[] = [];
  let next = 0;
  for (const claim of [...claims].sort((a, b) => a.startOffset - b.startOffset)) {
    while (next < byStart.length && byStart[next].heading.startOffset <= claim.startOffset) open.push(byStart[next++]);
    while (open.length && open[open.length - 1].endOffset <= claim.startOffset) open.pop();
    const best = open[open.length - 1];
    if (best) list(best).push(claim);
  }
}

/** Index of the last heading starting at or before `offset`, or -1. */
export function headingAt(headings: Heading[], offset: number): number {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].startOffset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function hasContentBetween(text: string, headings: Heading[], index: number, end: number): boolean {
  let from = headings[index].endOffset;
  for (let j = index + 1; j < headings.length && headings[j].startOffset < end; j++) {
    if (holdsContent(text, from, headings[j].startOffset)) return true;
    from = headings[j].endOffset;
  }
  return holdsContent(text, from, end);
}

const NOT_SPACE = /\S/g;

/**
 * Whether text[from, to) holds anything but white space, attribute lines and comments. Both of
 * those begin with `{` or `<`: any other first character is content, found without rewriting the
 * stretch (every version of a page asks this of every section).
 */
function holdsContent(text: string, from: number, to: number): boolean {
  NOT_SPACE.lastIndex = from;
  const first = NOT_SPACE.exec(text);
  if (!first || first.index >= to) return false;
  const c = text[first.index];
  if (c !== '{' && c !== '<') return true;
  return /\S/.test(stripAttributeLines(text.slice(from, to)));
}

function stripAttributeLines(block: string): string {
  return withoutHtmlComments(block.replace(/^\{:[^\n]*\}[ \t]*$/gm, ''));
}
