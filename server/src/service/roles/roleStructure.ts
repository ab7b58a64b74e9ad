import type { ExtendsClaim, GradeClaim, Heading, LevelStatementClaim, Role, Section, UnknownLevel } from '../document/model';
import type { LineIndex } from '../text/lineIndex';
import { lowerCaseTitle, normalizeTitle } from '../document/normalizeText';
import { withoutHtmlComments } from '../document/htmlComments';
import type { LevelMatchResult } from '../ladder/types';
import type { RoleStructureInput } from './roleStructureInput';
import { labelsIn } from './labeledBullets';
import { levelTables } from './levelTables';

const ROLE_SECTION_KINDS = new Set(['job-grade', 'responsibilities', 'requirements', 'performance-indicators']);
/** Sections whose sub-headings may be the levels themselves ("Responsibilities" → "### Senior X"); under any other, a level name alone is no role. */
const LEVEL_HOLDING_KINDS = new Set(['levels', 'job-grade', 'responsibilities', 'requirements']);

export type { RoleStructureInput } from './roleStructureInput';

export interface RoleStructure {
  sections: Section[];
  roles: Role[];
  pageSections: Section[];
  unknownLevels: UnknownLevel[];
}


/**
 * Finds the page's roles from the ladder. A heading is a role when it names a level (title, code or
 * alias), states one (a grade or level statement of its own), sits right under a Levels section, or
 * holds the role sections; then:
 * - under a role, only a heading naming another level is a role: the rest (specialties, segments,
 *   territories) are variants that share their role's level;
 * - a heading that names no level and states none, above headings that do, groups them: not a role;
 * - a named heading needs company: role sections or statements of its own, or a sibling naming another
 *   level ("## IC2", "## IC3"), so "## Working with Directors" is no role.
 * A role is confident when the page names or states its level; rules reason about confident roles only.
 */
export function buildRoleStructure(input: RoleStructureInput): RoleStructure {
  const { headings, matches, gradeClaims, extendsClaims, text, lines, model } = input;
  const blockEnd = headings.map((h, i) => {
    for (let j = i + 1; j < headings.length; j++) if (headings[j].depth <= h.depth) return headings[j].startOffset;
    return text.length;
  });
  const owner: number[] = [];
  const parent: number[] = [];
  const underLevels: boolean[] = [];
  const insideSpecialties: boolean[] = [];
  const underPageSection: boolean[] = [];
  const stack: number[] = [];
  // "### Specialty" left empty at the end of a role, then "## Director of Marketing, Japan": the heading
  // an empty Specialties heading announces is a specialty even when written shallower than it.
  let announced = -1;
  for (let i = 0; i < headings.length; i++) {
    while (stack.length && headings[stack[stack.length - 1]].depth >= headings[i].depth) stack.pop();
    if (announced !== -1 && headings[i].depth <= headings[announced].depth) announced = -1;
    const before = i - 1;
    if (before >= 0 && !matches[i] && matches[before]?.kind === 'specialties' && headings[before].depth > headings[i].depth && !holdsContent(text, headings[before].endOffset, headings[i].startOffset)) announced = i;
    let o = -1;
    let specialties = announced !== -1;
    let pageSection = false;
    for (let k = stack.length - 1; k >= 0; k--) {
      const a = stack[k];
      const kind = matches[a]?.kind;
      if (kind === 'specialties') specialties = true;
      if (kind && !LEVEL_HOLDING_KINDS.has(kind)) pageSection = true;
      if (o === -1 && !matches[a]) o = a;
    }
    owner.push(o);
    parent.push(stack.length ? stack[stack.length - 1] : -1);
    underLevels.push(stack.length > 0 && matches[stack[stack.length - 1]]?.kind === 'levels');
    insideSpecialties.push(specialties);
    underPageSection.push(pageSection);
    stack.push(i);
  }

  const sections: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const m = matches[i];
    if (!m) continue;
    sections.push({
      kind: m.kind,
      heading: headings[i],
      prefix: m.prefix,
      range: lines.rangeOf(headings[i].startOffset, blockEnd[i]),
      endOffset: blockEnd[i],
      hasContent: hasContentBetween(text, headings, i, blockEnd[i]),
    });
  }

  // A heading that is itself a grade sentence ("#### Manager, X Job Grade is a [grade 8]") stands for its role's Job Grade, not a role.
  const gradeHeadings = new Set(gradeClaims.filter((c) => c.inHeading).map((c) => headingAt(headings, c.startOffset)));
  const claimOwner = (offset: number): number => {
    const h = headingAt(headings, offset);
    if (h === -1) return -1;
    return matches[h] || gradeHeadings.has(h) ? owner[h] : h;
  };
  const hasGradeClaim = new Set(gradeClaims.map((c) => claimOwner(c.startOffset)));
  const statements = findStatements(input);
  const hasStatement = new Set(statements.map((s) => claimOwner(s.startOffset)));
  const ownedSections = new Map<number, Section[]>();
  for (const s of sections) {
    const o = owner[s.heading.index];
    const list = ownedSections.get(o);
    if (list) list.push(s);
    else ownedSections.set(o, [s]);
  }

  // A level-code-shaped name the ladder lacks ("Principal Engineer (IC9)") names no level, whatever else the heading says.
  const named: (LevelMatchResult | undefined)[] = headings.map((h, i) =>
    matches[i] || gradeHeadings.has(i) || model.unknownCode(h.text) !== undefined ? undefined : model.nameLevel(h.text),
  );
  const ownEvidence = headings.map((h, i) => {
    if (hasGradeClaim.has(i) || hasStatement.has(i)) return true;
    let responsibilities = false;
    let requirements = false;
    for (const s of ownedSections.get(i) ?? []) {
      if (s.kind === 'job-grade') return true;
      if (s.kind === 'responsibilities') responsibilities = true;
      else if (s.kind === 'requirements') requirements = true;
    }
    return h.depth >= 2 && responsibilities && requirements;
  });
  const namedSibling = siblingsNamingOtherLevels(headings, parent, named);
  const fullBlock = headings.map((_, i) => {
    const kinds = new Set((ownedSections.get(i) ?? []).map((s) => s.kind));
    return (hasGradeClaim.has(i) || kinds.has('job-grade')) && kinds.has('responsibilities') && kinds.has('requirements');
  });
  const candidate = headings.map((h, i) => {
    // A heading inside a list item ("- # of leads") is list content, not a page heading.
    if (matches[i] || gradeHeadings.has(i) || h.range.start.character > 0) return false;
    // Under Specialties a heading is a variant unless it is a whole level: named, graded, with both role sections.
    if (insideSpecialties[i]) return !!named[i] && fullBlock[i];
    // Under a page-wide section (Hiring Process, Performance Indicators, Career Ladder) a level's name alone is a
    // per-level part of that section: it is a role only with role sections or a grade of its own.
    if (underPageSection[i]) return named[i] ? ownEvidence[i] : hasGradeClaim.has(i) || hasStatement.has(i) || !!ownedSections.get(i)?.some((s) => s.kind === 'job-grade');
    if (named[i]) return ownEvidence[i] || underLevels[i] || namedSibling[i] || (ownedSections.get(i)?.length ?? 0) > 0;
    return ownEvidence[i] || underLevels[i];
  });
  // Headings with a candidate below them that names or states its level: a heading naming none groups them.
  const leadsNamedRoles = new Array<boolean>(headings.length).fill(false);
  for (let i = headings.length - 1; i >= 0; i--) {
    if (!candidate[i] || !(named[i] || hasGradeClaim.has(i) || hasStatement.has(i))) continue;
    for (let a = parent[i]; a !== -1; a = parent[a]) leadsNamedRoles[a] = true;
  }

  const isRole = new Array<boolean>(headings.length).fill(false);
  const levelOf: (LevelMatchResult | undefined)[] = new Array(headings.length).fill(undefined);
  const roleAbove: number[] = [];
  const seenTitles = new Set<string>();
  for (let i = 0; i < headings.length; i++) {
    let above = -1;
    for (let a = parent[i]; a !== -1; a = parent[a]) {
      if (isRole[a]) {
        above = a;
        break;
      }
    }
    roleAbove.push(above);
    if (!candidate[i]) continue;
    // A second heading with an earlier role's title ("Required skills by level" → "#### Senior X", or a pasted copy) adds to that role.
    const title = lowerCaseTitle(headings[i].text);
    if (seenTitles.has(title)) continue;
    if (above !== -1) {
      // Under a role only another level is a role; the rest are its variants.
      isRole[i] = !!named[i] && named[i]!.level.id !== levelOf[above]?.level.id;
    } else {
      const states = hasGradeClaim.has(i) || hasStatement.has(i) || ownedSections.get(i)?.some((s) => s.kind === 'job-grade');
      isRole[i] = !!named[i] || !!states || !leadsNamedRoles[i];
    }
    if (isRole[i]) {
      levelOf[i] = named[i] ?? model.classify(headings[i].text);
      seenTitles.add(title);
    }
  }

  const roles: Role[] = [];
  const claimedSections = new Set<Section>();
  for (let i = 0; i < headings.length; i++) {
    if (!isRole[i]) continue;
    const own = ownedSections.get(i) ?? [];
    own.forEach((s) => claimedSections.add(s));
    const confident = !!named[i] || hasGradeClaim.has(i) || hasStatement.has(i) || (underLevels[i] && namedSibling[i]);
    const role = newRole(normalizeTitle(headings[i].text), headings[i], own, blockEnd[i], lines);
    role.level = levelOf[i];
    role.levelSource = named[i] ? 'title' : 'base';
    role.confident = confident;
    roles.push(role);
  }
  const realRoles = roles.length;
  const freeSections = sections.filter((s) => !insideSpecialties[s.heading.index]);
  for (const group of groupPrefixedSections(freeSections, owner, isRole, claimedSections)) {
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
    const role = newRole(group[0].prefix ?? '', group[0].heading, group, last.endOffset, lines);
    role.synthetic = true;
    role.nameRange = group[0].heading.textRange;
    const namedPrefix = model.nameLevel(role.title);
    role.level = namedPrefix ?? model.classify(role.title);
    role.levelSource = namedPrefix ? 'title' : 'base';
    role.confident = !!namedPrefix;
    roles.push(role);
  }
  const tables = levelTables(input, headings, lines, model);
  roles.push(...tables.roles);
  const pageRole = pageLevelRole(input, headings, roles, text, lines);
  if (pageRole) roles.push(pageRole);
  roles.sort((a, b) => a.heading.startOffset - b.heading.startOffset || a.nameRange.start.character - b.nameRange.start.character);
  const headingRoles = roles.filter((r) => r.form === 'heading');
  assignClaims(headingRoles, gradeClaims, (r) => r.gradeClaims);
  assignClaims(headingRoles, extendsClaims, (r) => r.extendsClaims);
  assignClaims(headingRoles, statements, (r) => r.levelStatements);
  for (const role of headingRoles) {
    const stated = role.levelStatements[0];
    if (role.levelSource === 'base' && stated) {
      const level = model.ladder.levels.find((l) => l.id === stated.levelId);
      if (level) {
        role.level = { level, explicit: true, matched: stated.text };
        role.levelSource = 'statement';
      }
    }
    if (role.confident && model.ladder.requiredRoleSections.some((kind) => !role.sections.some((s) => s.kind === kind))) {
      role.labels = labelsIn(text, role.heading.endOffset, role.endOffset, input.matchSection);
    }
  }
  return {
    sections,
    roles,
    pageSections: sections.filter((s) => !claimedSections.has(s)),
    unknownLevels: [...unknownLevelHeadings(input, headings, parent, named, isRole), ...tables.unknown],
  };
}

function findStatements(input: RoleStructureInput): LevelStatementClaim[] {
  const { model, text, lines } = input;
  if (!model.findStatements) return [];
  return model.findStatements(text, 0, text.length).map((s) => ({
    levelId: s.level.id,
    text: text.slice(s.nameStart, s.nameEnd),
    range: lines.rangeOf(s.nameStart, s.nameEnd),
    startOffset: s.start,
  }));
}

/** For each heading: whether a sibling (same parent) names a level other than the one it names. */
function siblingsNamingOtherLevels(headings: Heading[], parent: number[], named: (LevelMatchResult | undefined)[]): boolean[] {
  const byParent = new Map<number, number[]>();
  headings.forEach((_, i) => {
    if (!named[i]) return;
    const list = byParent.get(parent[i]);
    if (list) list.push(i);
    else byParent.set(parent[i], [i]);
  });
  const out = new Array<boolean>(headings.length).fill(false);
  for (const group of byParent.values()) {
    for (const i of group) out[i] = group.some((j) => j !== i && headings[j].depth === headings[i].depth && named[j]!.level.id !== named[i]!.level.id);
  }
  return out;
}

/** Headings beside role headings that name a level-code-shaped name the ladder lacks ("## IC7"). */
function unknownLevelHeadings(
  input: RoleStructureInput,
  headings: Heading[],
  parent: number[],
  named: (LevelMatchResult | undefined)[],
  isRole: boolean[],
): UnknownLevel[] {
  const { model } = input;
  const out: UnknownLevel[] = [];
  headings.forEach((h, i) => {
    if (named[i] || input.matches[i]) return;
    const code = model.unknownCode(h.text);
    if (!code) return;
    const besideRoles = headings.some((other, j) => j !== i && isRole[j] && parent[j] === parent[i] && other.depth === h.depth);
    if (besideRoles) out.push({ name: code, range: h.textRange, startOffset: h.startOffset });
  });
  return out;
}

/** One page per level: the front matter names the page's level, and the page's first heading is the role. */
function pageLevelRole(input: RoleStructureInput, headings: Heading[], roles: Role[], text: string, lines: LineIndex): Role | undefined {
  const { model, frontMatter } = input;
  if (!model.layouts.has('page-per-level') || !frontMatter || roles.some((r) => r.confident)) return undefined;
  const value = frontMatter[model.levelKey];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const level = model.nameLevel(String(value));
  const first = headings.find((h) => !input.matches[h.index]);
  if (!level || !first) return undefined;
  const title = typeof frontMatter.title === 'string' ? frontMatter.title : normalizeTitle(first.text);
  const owned: Section[] = [];
  const role = newRole(title, first, owned, text.length, lines);
  role.form = 'page';
  role.level = level;
  role.levelSource = 'front-matter';
  role.confident = true;
  return role;
}

function newRole(title: string, heading: Heading, sections: Section[], endOffset: number, lines: LineIndex): Role {
  return {
    title,
    heading,
    form: 'heading',
    nameRange: heading.textRange,
    confident: false,
    labels: [],
    levelStatements: [],
    sections,
    gradeClaims: [],
    extendsClaims: [],
    range: lines.rangeOf(heading.startOffset, endOffset),
    endOffset,
    synthetic: false,
  };
}

function groupPrefixedSections(sections: Section[], owner: number[], isRole: boolean[], claimed: Set<Section>): Section[][] {
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
