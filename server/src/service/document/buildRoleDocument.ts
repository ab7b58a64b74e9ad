import type { RootContent } from 'mdast';
import type { Anchor, ExtendsClaim, FrontMatter, GradeClaim, HtmlComment, Link, ProseRun, RoleDocument } from './model';
import { LineIndex } from '../text/lineIndex';
import { pageChildren, parseUnits, type ParseLimits, type PlacedUnit } from '../parse/parseMarkdown';
import type { ParseCache } from '../parse/parseCache';
import { readFrontMatter } from './frontMatter';
import { buildHeadings, type HeadingSource } from './headings';
import { buildRoleStructure, headingAt } from '../roles/roleStructure';
import type { RoleModel } from '../roles/roleModel';
import type { SectionMatcher } from './sectionMatcher';
import type { SlugProfile } from './slug';
import { unitExtract, type HtmlExtract } from './unitExtract';
import { placeUnit } from './unitPlacement';
import type { UnitParseState } from '../parse/unitReuse';
import { changedStretch } from '../text/changedStretch';

export interface DocumentOptions {
  slugProfile: SlugProfile;
  matchSection: SectionMatcher;
  /** The ladder's way of finding roles. */
  roleModel: RoleModel;
  /** Whether a link destination is a grade link of the ladder: "is a [10](…)" is a grade claim only then. */
  isGradeLink?: (destination: string) => boolean;
  /** Size and time caps for parsing one page (defaults in parseMarkdown.ts). */
  parseLimits?: ParseLimits;
  /** The trees of units parsed before, owned by the service: what the parse reuses and adds to. */
  parseCache: ParseCache;
  /** False for pages parsed once and not kept (scans): their units are not added to the block tree cache. */
  keepBlockTrees?: boolean;
  /** True for pages being edited: the model keeps what its next version's parse can reuse. */
  keepParseState?: boolean;
}

/** What each model's parse left for the page's next version; kept beside the model, not in it. */
const parseStates = new WeakMap<RoleDocument, UnitParseState>();

/**
 * Parses one version of a page into the model every rule and feature reads. `previous`, the model
 * of the page's previous version, lets the parse reuse what the edit did not touch.
 */
export function buildRoleDocument(uri: string, version: number, text: string, options: DocumentOptions, previous?: RoleDocument): RoleDocument {
  // An edit changes one stretch: the line index and the parse start from the previous version's.
  const stretch = previous && previous.text !== text ? changedStretch(previous.text, text) : undefined;
  const lines = stretch ? LineIndex.afterEdit(previous!.lines, text, stretch) : new LineIndex(text);
  const keepTrees = options.keepBlockTrees ?? true;
  const { units, skipped, state } = parseUnits(text, options.parseCache, options.parseLimits, keepTrees, previous && parseStates.get(previous), options.keepParseState === true, stretch);
  // Each unit's part of the model is kept per parsed unit (unitExtract.ts): here it is only moved to page offsets.
  const extracts = units.map((unit) => unitExtract(unit.entry, text, unit.dOffset));
  const definitions = new Map<string, string>();
  for (const found of extracts) for (const [label, url] of found.definitions) if (!definitions.has(label)) definitions.set(label, url);
  const definitionsKey = definitions.size ? JSON.stringify([...definitions]) : '';
  const headingSources: HeadingSource[] = [];
  const htmlNodes: HtmlExtract[] = [];
  const links: Link[] = [];
  const gradeClaims: GradeClaim[] = [];
  const extendsClaims: ExtendsClaim[] = [];
  const proseRuns: ProseRun[] = [];
  for (let i = 0; i < units.length; i++) {
    const d = units[i].dOffset;
    const found = extracts[i];
    for (const h of found.headings) headingSources.push({ node: h.node, start: h.start + d, end: h.end + d, dLine: units[i].dLine });
    for (const h of found.html) htmlNodes.push(d === 0 ? h : { ...h, start: h.start + d, end: h.end + d });
    const placed = placeUnit(found, units[i], text, lines, definitions, definitionsKey);
    pushAll(links, placed.links);
    pushAll(gradeClaims, placed.gradeClaims.filter((c) => !c.bareNumber || (c.linkTarget !== undefined && options.isGradeLink?.(c.linkTarget))));
    pushAll(extendsClaims, placed.extendsClaims);
    if (placed.prose) proseRuns.push(placed.prose);
  }

  const { headings, anchors } = buildHeadings(headingSources, text, lines, options.slugProfile);
  const htmlComments: HtmlComment[] = [];
  for (const span of htmlNodes) {
    for (const found of span.anchors) {
      const at = span.start + found.start;
      const h = headingAt(headings, at);
      anchors.push({ id: found.id, source: 'html', range: lines.rangeOf(at, span.start + found.end), headingIndex: h === -1 ? undefined : h });
    }
    for (const c of span.comments) {
      const at = span.start + c.start;
      htmlComments.push({ text: c.body, range: lines.rangeOf(at, span.start + c.end), startOffset: at });
    }
  }
  const anchorsById = new Map<string, Anchor[]>();
  for (const a of anchors) {
    const list = anchorsById.get(a.id);
    if (list) list.push(a);
    else anchorsById.set(a.id, [a]);
  }

  const matches = headings.map((h) => options.matchSection(h.text));
  const frontMatter = frontMatterOf(units, text, lines);
  const structure = buildRoleStructure({
    headings,
    matches,
    gradeClaims,
    extendsClaims,
    text,
    lines,
    model: options.roleModel,
    matchSection: options.matchSection,
    frontMatter: frontMatter?.data,
  });

  const model: RoleDocument = {
    uri,
    version,
    text,
    lines,
    frontMatter,
    headings,
    anchors,
    anchorsById,
    links,
    ...structure,
    gradeClaims,
    extendsClaims,
    htmlComments: htmlComments.sort((a, b) => a.startOffset - b.startOffset),
    definitions,
    proseRuns,
    parseLimits: skipped.map((b) => ({ reason: b.reason, range: lines.rangeOf(b.start, b.end), chars: b.end - b.start })),
  };
  if (state && options.keepParseState) parseStates.set(model, state);
  return model;
}

/**
 * Front matter read from the page tree's first node (all it needs), once per node: the first unit's
 * nodes stay the same objects while it is unchanged and in place, so an edit below reads no YAML.
 */
const frontMatters = new WeakMap<RootContent, FrontMatter | undefined>();

function frontMatterOf(units: PlacedUnit[], text: string, lines: LineIndex): FrontMatter | undefined {
  for (const unit of units) {
    const [first] = pageChildren(unit);
    if (!first) continue;
    if (!frontMatters.has(first)) frontMatters.set(first, readFrontMatter({ type: 'root', children: [first] }, text, lines));
    return frontMatters.get(first);
  }
  return undefined;
}

/** Appends without spreading: a unit can hold more items than a call may take arguments. */
function pushAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}
