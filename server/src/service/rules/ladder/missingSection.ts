import type { Finding, Fix } from '../../types';
import type { Role, RoleDocument } from '../../document/model';
import type { Ladder, SectionKind } from '../../ladder/types';
import { createSectionMatcher, type SectionMatcher } from '../../document/sectionMatcher';
import { tablesIn } from '../../roles/levelTables';
import { correctedHeading } from '../misspelledSection';
import { renameFinding, variantHeadings, type VariantHeading } from './sectionVariants';
import type { Rule, RuleContext } from '../ruleTypes';
import { memoOf, TextMemo } from '../../text/textMemo';

/** The title a ladder gives a section kind, for messages, snippets and fixes. */
export function sectionTitle(ladder: Pick<Ladder, 'sectionTitles'>, kind: SectionKind): string {
  return ladder.sectionTitles[kind] ?? kind;
}

const matchers = new WeakMap<Ladder, SectionMatcher>();
function matcherOf(ladder: Ladder): SectionMatcher {
  let found = matchers.get(ladder);
  if (!found) matchers.set(ladder, (found = createSectionMatcher(ladder.sectionVocabulary)));
  return found;
}

/** A skeleton for the section, inserted at the end of the role's block, one level below its heading. */
function insertSectionFix(context: RuleContext, role: Role, kind: SectionKind): Fix {
  const { document } = context;
  const depth = Math.min(6, role.synthetic ? role.heading.depth : role.heading.depth + 1);
  const title = sectionTitle(context.ladder, kind);
  const body = kind === 'job-grade' ? `The ${role.title} is a [grade N](${context.ladder.gradeLinks[0] ?? ''}).` : '- ';
  const at = document.lines.positionAt(role.endOffset);
  const before = role.endOffset > 0 && document.text[role.endOffset - 1] !== '\n' ? '\n\n' : role.endOffset > 1 && document.text[role.endOffset - 2] !== '\n' ? '\n' : '';
  return {
    title: `Add a ${title} section to ${role.title}`,
    edits: [{ range: { start: at, end: at }, newText: `${before}${'#'.repeat(depth)} ${title}\n\n${body}\n\n` }],
    safe: false,
    preferred: true,
  };
}

/** Kinds a role has: its sections (a "Responsibilities & Requirements" heading gives both), bullet labels or table rows, and a grade sentence for Job Grade. */
const ADDITIONAL = /^(?:additional|further|extra)$/i;

function kindsOf(role: Role, ladder: Ladder): Set<SectionKind> {
  const has = new Set<SectionKind>(role.sections.map((s) => s.kind));
  for (const section of role.sections) for (const kind of kindsNamedIn(section.heading.text, ladder, false)) has.add(kind);
  for (const label of role.labels) has.add(label);
  if (role.gradeClaims.length) has.add('job-grade');
  return has;
}

/** Page-wide kinds: sections outside any role and specialty, a grade table ("Level | Grade"), a shortcode that renders a section. */
function pageKinds(context: RuleContext): Set<SectionKind> {
  const { document, ladder } = context;
  const specialties = document.sections.filter((s) => s.kind === 'specialties');
  const inSpecialty = (offset: number): boolean => specialties.some((sp) => offset > sp.heading.startOffset && offset < sp.endOffset);
  const kinds = new Set<SectionKind>(document.pageSections.filter((s) => !inSpecialty(s.heading.startOffset)).map((s) => s.kind));
  const match = matcherOf(ladder);
  // The page-wide scans run only for what they could add: on a large page they cost a millisecond each keystroke.
  if (!kinds.has('job-grade')) {
    for (const table of tablesIn(document.text)) for (const cell of table.header) if (match(cell.text)?.kind === 'job-grade') kinds.add('job-grade');
  }
  if (Object.keys(ladder.sectionVocabulary).every((kind) => kinds.has(kind))) return kinds;
  // Hugo shortcodes render shared sections ("{{% job-families/…/performance %}}"): a section word in one counts as the section.
  for (const shortcode of document.text.matchAll(/\{\{[<%][^\n]*?[>%]\}\}/g)) {
    const words = shortcode[0].toLowerCase();
    for (const [kind, phrases] of Object.entries(ladder.sectionVocabulary)) {
      if (phrases.some((p) => words.includes(p.toLowerCase().split(' ')[0].slice(0, 6)))) kinds.add(kind);
    }
  }
  return kinds;
}

/** Each misspelled section heading of the page and the kind it means: misspelled-section reports those, once. */
function misspelledHeadings(document: RoleDocument, ladder: Ladder): { offset: number; kind: SectionKind }[] {
  const out: { offset: number; kind: SectionKind }[] = [];
  // Per ladder and heading text: a large page repeats the same few section headings thousands of times.
  const memo = memoOf(misspelledKinds, ladder);
  for (const heading of document.headings) {
    const kind = memo.get(heading.raw, (raw) => {
      const corrected = correctedHeading(ladder, raw);
      return (corrected === undefined ? undefined : matcherOf(ladder)(corrected)?.kind) ?? null;
    });
    if (kind) out.push({ offset: heading.startOffset, kind });
  }
  return out;
}

const misspelledKinds = new WeakMap<Ladder, TextMemo<SectionKind | null>>();

function kindsWithin(headings: { offset: number; kind: SectionKind }[], from: number, to: number): Set<SectionKind> {
  return new Set(headings.filter((h) => h.offset >= from && h.offset < to).map((h) => h.kind));
}

/** Kinds whose phrase a heading text holds: anywhere ("Responsibilities & Requirements"), or opening it ("Performance Indicators (PI)"). */
function kindsNamedIn(text: string, ladder: Ladder, opening: boolean): SectionKind[] {
  // Per ladder, position and heading text: a large page asks for thousands of headings on every keystroke.
  return memoOf(opening ? kindsOpening : kindsAnywhere, ladder).get(text, (t) => {
    const lower = t.toLowerCase();
    return Object.entries(ladder.sectionVocabulary)
      .filter(([, phrases]) => phrases.some((p) => (opening ? lower.startsWith(p.toLowerCase()) : lower.includes(p.toLowerCase()))))
      .map(([kind]) => kind);
  });
}

const kindsOpening = new WeakMap<Ladder, TextMemo<SectionKind[]>>();
const kindsAnywhere = new WeakMap<Ladder, TextMemo<SectionKind[]>>();

/** For each heading role, the heading roles whose block holds its heading: one sweep in page order (pages hold thousands of roles). */
function enclosingRoles(roles: Role[]): Map<Role, Role[]> {
  const out = new Map<Role, Role[]>();
  const open: Role[] = [];
  const byStart = roles.filter((r) => r.form === 'heading').sort((x, y) => x.heading.startOffset - y.heading.startOffset);
  for (const role of byStart) {
    while (open.length && open[open.length - 1].endOffset <= role.heading.startOffset) open.pop();
    out.set(role, open.filter((r) => !r.synthetic && r.heading.depth < role.heading.depth));
    open.push(role);
  }
  return out;
}

/** Each variant heading under the innermost heading role holding it (a level nested in another keeps its own). */
function variantsByRole(variants: VariantHeading[], roles: Role[]): Map<Role, VariantHeading[]> {
  const out = new Map<Role, VariantHeading[]>();
  for (const variant of variants) {
    const at = variant.heading.startOffset;
    const holders = roles.filter((r) => r.form === 'heading' && r.heading.startOffset < at && at < r.endOffset);
    const owner = holders.sort((a, b) => b.heading.startOffset - a.heading.startOffset)[0];
    if (owner) out.set(owner, [...(out.get(owner) ?? []), variant]);
  }
  return out;
}

function lineOf(role: Role): number {
  return role.nameRange.start.line + 1;
}

export const missingSection: Rule = {
  id: 'RD005',
  alias: 'missing-section',
  description: 'A level lacks a section its ladder requires and the other levels of its page have, or a role page lacks a section the ladder requires of every page; a section held under a name the ladder wants renamed ("You should apply if") is asked to be renamed instead.',
  tags: ['ladder', 'structure'],
  defaultSeverity: 'info',
  fixable: true,
  example: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n## Performance Indicators\n\n- Pipelines that run on time.\n\n## Hiring Process\n\n- A call with a recruiter.',
  correctExample: '## Data Engineer\n\n### Job Grade\n\nThe Data Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the data pipelines.\n\n### Requirements\n\n- Two years of SQL.\n\n## Performance Indicators\n\n- Pipelines that run on time.\n\n## Hiring Process\n\n- A call with a recruiter.',
  check(context: RuleContext): Finding[] {
    const { document, ladder } = context;
    if (!context.rolePage) return [];
    const findings: Finding[] = [];
    const roles = document.roles.filter((r) => r.confident);
    const onPage = pageKinds(context);
    const has = new Map(roles.map((r) => [r, kindsOf(r, ladder)] as const));
    // A level nested in another role's block ("## Recruiter" → "### Levels" → "#### Senior") shares the sections that role states for all of them.
    const enclosing = enclosingRoles(roles);
    for (const role of roles) for (const outer of enclosing.get(role) ?? []) for (const kind of has.get(outer)!) has.get(role)!.add(kind);
    const misspelledOnPage = misspelledHeadings(document, ladder);
    const variants = variantHeadings(document, ladder);
    const variantsOf = variantsByRole(variants, roles);
    const renamed = new Set<VariantHeading>();
    for (const role of roles) {
      const own = has.get(role)!;
      const ownVariants = variantsOf.get(role) ?? [];
      // A role formed from prefixed section headings, or one with fewer than half the required sections (a
      // deprecated level, a grade-only line, a level that says "same as X"), is left alone: what it lacks is no slip.
      const misspelled = kindsWithin(misspelledOnPage, role.heading.startOffset, role.endOffset);
      const held = ladder.requiredRoleSections.filter((kind) => own.has(kind) || misspelled.has(kind) || onPage.has(kind) || ownVariants.some((v) => v.kind === kind)).length;
      if (role.synthetic || held < Math.max(2, Math.ceil(ladder.requiredRoleSections.length / 2))) continue;
      // "Additional Responsibilities": the role adds to the one before it, whose other sections it keeps.
      if (role.sections.some((section) => ADDITIONAL.test(section.prefix ?? ''))) continue;
      for (const kind of ladder.requiredRoleSections) {
        if (own.has(kind) || onPage.has(kind)) continue;
        // The page's own convention decides: a kind no other level of the page has is not expected of this one.
        const others = roles.filter((r) => r !== role && r.form === role.form);
        if (!others.some((r) => has.get(r)!.has(kind))) continue;
        if (misspelled.has(kind)) continue;
        const title = sectionTitle(ladder, kind);
        // The section is there under a name the ladder wants renamed: one rename, not a missing section beside it.
        const variant = ownVariants.find((v) => v.kind === kind);
        if (variant) {
          renamed.add(variant);
          findings.push(renameFinding(this.id, variant, title, role.title));
          continue;
        }
        findings.push({
          ruleId: this.id,
          range: role.nameRange,
          message: `Missing ${title} for ${role.title} (line ${lineOf(role)}): add one; the other levels on this page have it.`,
          fixes: role.form === 'heading' ? [insertSectionFix(context, role, kind)] : undefined,
          data: { kind, role: role.title, line: lineOf(role) },
        });
      }
    }
    if (!roles.length) return findings;
    const kinds = new Set<SectionKind>([...document.sections.map((s) => s.kind), ...onPage]);
    // A qualified heading ("Performance Indicators (PI)", "Performance Indicators for Data") holds the section too.
    for (const heading of document.headings) for (const kind of kindsNamedIn(heading.text, ladder, true)) kinds.add(kind);
    for (const role of roles) for (const kind of has.get(role)!) kinds.add(kind);
    const misspelled = kindsWithin(misspelledOnPage, 0, document.text.length);
    // A page that holds fewer than half the page-wide sections follows another template (a career-ladder overview): left alone.
    const heldOnPage = ladder.requiredPageSections.filter((kind) => kinds.has(kind) || variants.some((v) => v.kind === kind)).length;
    if (heldOnPage < Math.ceil(ladder.requiredPageSections.length / 2)) return findings;
    const firstLine = document.lines.rangeOf(0, Math.max(0, document.text.indexOf('\n') === -1 ? document.text.length : document.text.indexOf('\n')));
    for (const kind of ladder.requiredPageSections) {
      if (kinds.has(kind) || misspelled.has(kind) || findings.some((f) => f.data?.kind === kind)) continue;
      const variant = variants.find((v) => v.kind === kind && !renamed.has(v));
      if (variant) {
        findings.push(renameFinding(this.id, variant, sectionTitle(ladder, kind), undefined));
        continue;
      }
      findings.push({
        ruleId: this.id,
        range: firstLine,
        message: `Missing ${sectionTitle(ladder, kind)} section: add one; the ladder requires it on every role page.`,
        data: { kind, page: true },
      });
    }
    return findings;
  },
};
