import type { Nodes, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { guardLiteralAutolinkTransforms } from './autolinkLiteralGuard';
import { blockStarts, countDelimiters, frontMatterEnd, groupBlocks, type ParseUnit } from './blockSplit';
import { planReuse, shiftedUnit, type UnitParseState } from './unitReuse';
import type { BlockEntry, SkippedBlock, Unit } from './parsedUnit';
import type { ChangedStretch } from '../text/changedStretch';
import { ParseCache } from './parseCache';
import { constructEnd, endsOpen } from './openConstructs';
import { buildPlainBlocks } from './plainBlocks';
import { detached } from '../detached';
import { definitionCandidates, normalizeLabel, referencedLabels, type DefinitionCandidate } from './definitionLabels';

export type { BlockEntry, SkippedBlock, Unit } from './parsedUnit';
export { ParseCache } from './parseCache';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
/** How many literal-autolink transforms run only on trees that could need them (1; tests check it). */
export const guardedAutolinkTransforms = guardLiteralAutolinkTransforms(processor.data('fromMarkdownExtensions'));

/** How much one page may cost to parse; past either, the rest is not parsed and the model says so. */
export interface ParseLimits {
  /** A block (heading to heading) longer than this is not parsed: remark's cost grows with the square of a block's lists. */
  maxBlockChars: number;
  /** Once a page's parsing has taken this long (plus `budgetMsPerKChar` per 1,000 characters), its remaining blocks are skipped. */
  budgetMs: number;
  /** Budget that grows with the page, so a large page parsed in linear time is never cut short. */
  budgetMsPerKChar?: number;
  /** Emphasis and link delimiters (`*`, `_`, `[`, `]`) per block: inside one paragraph their cost grows with the square of their count. */
  maxDelimiters?: number;
}

/** Deeper trees (thousands of nested quotes) would overflow the stack of every tree walk after the parse. */
const MAX_TREE_DEPTH = 500;
const DEFAULT_MAX_DELIMITERS = 5_000;

export const defaultParseLimits: ParseLimits = { maxBlockChars: 100_000, budgetMs: 3_000, budgetMsPerKChar: 10 };

/**
 * For CI: no time budget, so findings never depend on how busy the machine is. The block size
 * cap alone keeps every block's parse bounded.
 */
export const deterministicParseLimits: ParseLimits = { maxBlockChars: 100_000, budgetMs: Number.POSITIVE_INFINITY, budgetMsPerKChar: 0 };

export interface ParsedMarkdown {
  tree: Root;
  skipped: SkippedBlock[];
}

/**
 * A parsed unit placed in the page: its cached entry, and what moves the entry's positions
 * (relative to `prefix + text`) to page positions. Only children ending past `entry.prefixLength`
 * belong to the page; the others are the definitions written before the unit.
 */
export interface PlacedUnit {
  entry: BlockEntry;
  /** Page offset of the unit's first character. */
  start: number;
  dOffset: number;
  dLine: number;
}

export interface ParsedUnits {
  units: PlacedUnit[];
  skipped: SkippedBlock[];
  /** What the next version of the page can reuse (see unitReuse.ts); only when trees are kept. */
  state?: UnitParseState;
}

/** The reference parse: the whole page at once. Slow on large pages; used to check the block parse. */
export function parseMarkdownWhole(text: string): Root {
  return processor.parse(text);
}

/**
 * The one place markdown is parsed. Nothing else may depend on how: the syntax tree's offsets
 * index into `text`, and that is the whole contract. Parsed in units of whole blocks (see blockSplit.ts);
 * the result equals `parseMarkdownWhole(text)` except where a limit left a block unparsed. `cache`:
 * trees shared with other parses (by default none are).
 */
export function parseMarkdown(text: string, limits: ParseLimits = defaultParseLimits, cache = new ParseCache()): ParsedMarkdown {
  const { units, skipped } = parseUnits(text, cache, limits);
  const children: RootContent[] = [];
  for (const unit of units) children.push(...pageChildren(unit));
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(text, text.length) } };
  return { tree, skipped };
}

/** Shifted copies of an entry's children, kept while the entry sits at the same offset and line. */
const placedChildren = new WeakMap<BlockEntry, { dOffset: number; dLine: number; nodes: RootContent[] }>();

/**
 * A unit's children at page positions. Units before an edit keep their place, so their copies are
 * reused as they are; this is safe only because trees are read-only after parse (see `BlockEntry`).
 */
export function pageChildren(unit: PlacedUnit): RootContent[] {
  const { entry, dOffset, dLine } = unit;
  const kept = placedChildren.get(entry);
  if (kept && kept.dOffset === dOffset && kept.dLine === dLine) return kept.nodes;
  const nodes: RootContent[] = [];
  for (const child of entry.children) {
    if (child.position && child.position.end.offset! <= entry.prefixLength) continue;
    nodes.push(shifted(child, dOffset, dLine));
  }
  placedChildren.set(entry, { dOffset, dLine, nodes });
  return nodes;
}

/**
 * The block parse without assembling a tree: each parsed unit with where it sits in the page.
 * `keepTrees: false` still reuses cached units but adds none: a scan that reads each page once would
 * only evict the open pages' units and leave the evicted trees as garbage. `previous` is the state
 * of the page's previous version: the units the edit did not touch are taken from it as they are.
 * `ownSources`, for a page being edited: units are parsed from copies, not views into its text.
 * `stretch`: where `previous.text` and `text` differ, when the caller has found it already.
 */
export function parseUnits(
  text: string,
  cache: ParseCache,
  limits: ParseLimits = defaultParseLimits,
  keepTrees = true,
  previous?: UnitParseState,
  ownSources = false,
  stretch?: ChangedStretch,
): ParsedUnits {
  // Units are checked against the clock as they start: a unit in progress is never interrupted.
  const deadline = performance.now() + limits.budgetMs + ((limits.budgetMsPerKChar ?? 0) * text.length) / 1000;
  const maxDelimiters = limits.maxDelimiters ?? DEFAULT_MAX_DELIMITERS;
  const unitLimits = { maxChars: limits.maxBlockChars, maxDelimiters };
  const plan = previous && keepTrees ? planReuse(previous, text, unitLimits, stretch) : undefined;
  let starts: number[], groups: ParseUnit[], units: Unit[], candidates: DefinitionCandidate[];
  let from = 0;
  if (previous && keepTrees) cache.parseRuns[plan ? 'reused' : 'whole']++;
  if (plan) {
    ({ blockStarts: starts, groups, units, from } = plan);
    candidates = previous!.candidates;
  } else {
    starts = blockStarts(text);
    groups = groupBlocks(text, starts, unitLimits);
    units = groups.map((g) => ({ ...g, blockStarts: g.blockStarts.slice(), fresh: true }));
    candidates = definitionCandidates(text);
  }
  const skipped: SkippedBlock[] = [];
  /** Where the previous version's units were taken up: index here, and in the previous units. */
  let resumed: { at: number; previousAt: number } | undefined;

  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (plan && unit.fresh && unit.start >= plan.groupsResumeAt) {
      // Past the edit, from a unit nothing before it joined: the rest parses as it did before.
      const k = plan.previousUnitAt(unit.start - plan.delta);
      if (k >= 0) {
        units.splice(i, units.length - i, ...previous!.units.slice(k).map((u) => shiftedUnit(u, plan.delta)));
        resumed = { at: i, previousAt: k };
        break;
      }
    }
    parseUnit(text, unit, candidates, limits, deadline, cache, keepTrees, ownSources);
    if (unit.skipped === 'size' && !unit.solo && unit.blockStarts.length > 1) {
      // Grouping must not cost a block its parse: the blocks go on one by one, as if never grouped.
      units.splice(i, 1, ...unit.blockStarts.map((start, j) => ({ start, end: unit.blockStarts[j + 1] ?? unit.end, blockStarts: [start], solo: true })));
      i--;
      continue;
    }
    const open = unit.entry && i + 1 < units.length ? endsOpen(unit.entry, text, unit.start, unit.end) : undefined;
    if (open === undefined) continue;
    // A fence or HTML block left open swallows the following blocks up to where it closes.
    joinThrough(units, i, constructEnd(text, open));
    unit.entry = undefined;
    unit.fresh = false;
    i--;
  }

  // Definitions that looked like candidates but are not (inside code, say) must not resolve references.
  const defined = new Set(units.flatMap((u) => u.entry?.definitions ?? []));
  const real = candidates.filter((c) => defined.has(c.key));
  // Units kept from the previous version have prefixes made from its definitions: while those are
  // the same, only the units parsed now can need another prefix.
  const madeBefore = plan ? previous!.definitions : candidates;
  const keptStand = real.length === madeBefore.length && real.every((c, i) => c === madeBefore[i]);
  if (real.length !== candidates.length || !keptStand) {
    const parsedNowEnd = resumed?.at ?? units.length;
    for (let i = keptStand ? from : 0; i < (keptStand ? parsedNowEnd : units.length); i++) {
      const unit = units[i];
      if (!unit.entry) continue;
      const prefix = unitPrefix(text, unit, real);
      if (prefix !== unit.prefix) {
        unit.entry = undefined;
        parseUnit(text, unit, real, limits, deadline, cache, keepTrees, ownSources);
      }
    }
  }

  const lines = unitLines(text, units, plan ? previous!.lines.slice(0, from) : [], resumed && { ...resumed, lines: previous!.lines });
  const placed: PlacedUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.skipped) {
      skipped.push(...skippedBlocks(unit));
      continue;
    }
    const entry = unit.entry!;
    placed.push({ entry, start: unit.start, dOffset: unit.start - entry.prefixLength, dLine: lines[i] - 1 - entry.prefixLines });
  }
  const reusable = !skipped.some((b) => b.reason === 'time');
  const state: UnitParseState | undefined = keepTrees ? { text, limits: unitLimits, blockStarts: starts, groups, units, lines, candidates, definitions: real, reusable } : undefined;
  return { units: placed, skipped, state };
}

/**
 * The line (1-based) each unit starts on, appended to `lines`, which holds those of the units kept
 * from the previous version. Units taken up again after the edit move by as many lines as it added.
 */
function unitLines(text: string, units: Unit[], lines: number[], resumed?: { at: number; previousAt: number; lines: number[] }): number[] {
  const holdsCR = text.includes('\r');
  const counted = resumed ? resumed.at + 1 : units.length;
  for (let i = lines.length; i < counted; i++) lines.push(i === 0 ? 1 : lines[i - 1] + countLines(text, units[i - 1].start, units[i].start, holdsCR));
  if (resumed) {
    const moved = lines[resumed.at] - resumed.lines[resumed.previousAt];
    for (let i = resumed.at + 1; i < units.length; i++) lines.push(resumed.lines[resumed.previousAt + i - resumed.at] + moved);
  }
  return lines;
}

/**
 * Joins unit `i` with the blocks that start at or before `closesAt` (at least one), splitting the
 * unit that holds the last of them; the blocks after it stay a unit of their own.
 */
function joinThrough(units: Unit[], i: number, closesAt: number): void {
  const unit = units[i];
  let j = i + 1;
  for (; j < units.length && (units[j].start <= closesAt || j === i + 1); j++) {
    const next = units[j];
    let rest = next.blockStarts.findIndex((s) => s > closesAt);
    if (rest === 0) rest = 1;
    if (rest === -1 || rest === next.blockStarts.length) {
      unit.blockStarts.push(...next.blockStarts);
      unit.end = next.end;
      continue;
    }
    unit.blockStarts.push(...next.blockStarts.slice(0, rest));
    unit.end = next.blockStarts[rest];
    units[j] = { start: unit.end, end: next.end, blockStarts: next.blockStarts.slice(rest), solo: next.solo };
    break;
  }
  units.splice(i + 1, j - i - 1);
}

/** A skipped unit as the blocks it holds: a grouped unit past the time budget is its blocks, each skipped. */
function skippedBlocks(unit: Unit): SkippedBlock[] {
  if (unit.solo || unit.skipped !== 'time') return [{ start: unit.start, end: unit.end, reason: unit.skipped! }];
  return unit.blockStarts.map((start, j) => ({ start, end: unit.blockStarts[j + 1] ?? unit.end, reason: 'time' }));
}

function parseUnit(
  text: string,
  unit: Unit,
  candidates: DefinitionCandidate[],
  limits: ParseLimits,
  deadline: number,
  cache: ParseCache,
  keepTrees: boolean,
  ownSources: boolean,
): void {
  const body = text.slice(unit.start, unit.end);
  const prefix = unitPrefix(text, unit, candidates);
  unit.prefix = prefix;
  unit.skipped = undefined;
  // An open page's trees and cache keys outlive its version: they must not hold on to all of it.
  // Any other page has one version, which its model holds anyway.
  const source = ownSources ? detached(prefix + body) : prefix + body;
  const cached = cache.trees.get(source);
  if (cached) {
    unit.entry = cached;
    return;
  }
  const plainChildren = unit.plain && !prefix ? buildPlainBlocks(source, 0, source.length) : undefined;
  if (plainChildren) {
    // Built trees meet the same depth limit as parsed ones: every later walk of them recurses.
    if (treeDepthExceeds({ type: 'root', children: plainChildren }, MAX_TREE_DEPTH)) {
      unit.skipped = 'size';
      return;
    }
    cache.treeSources.plain++;
    const entry: BlockEntry = { children: plainChildren, prefixLength: 0, prefixLines: 0, definitions: [] };
    if (keepTrees) cache.trees.set(source, entry);
    unit.entry = entry;
    return;
  }
  if (body.length > limits.maxBlockChars || countDelimiters(body, 0, body.length) > (limits.maxDelimiters ?? DEFAULT_MAX_DELIMITERS)) {
    unit.skipped = 'size';
    return;
  }
  if (performance.now() > deadline) {
    unit.skipped = 'time';
    return;
  }
  let tree: Root;
  cache.treeSources.parser++;
  try {
    tree = processor.parse(source);
  } catch {
    // Only pathological nesting makes the parser itself run out of stack; the unit is reported, not fatal.
    unit.skipped = 'size';
    return;
  }
  if (treeDepthExceeds(tree, MAX_TREE_DEPTH)) {
    unit.skipped = 'size';
    return;
  }
  const definitions: string[] = [];
  for (const child of tree.children) {
    if (child.position && child.position.end.offset! <= prefix.length) continue;
    collectDefinitions(child, definitions);
  }
  const entry: BlockEntry = { children: tree.children, prefixLength: prefix.length, prefixLines: countLines(prefix, 0, prefix.length), definitions };
  if (keepTrees) cache.trees.set(source, entry);
  unit.entry = entry;
}

/**
 * The definitions a unit's references could use, written before it with a blank line after. Front
 * matter gets none: it is front matter only at the very start of the page (it is its own unit).
 */
function unitPrefix(text: string, unit: Unit, candidates: DefinitionCandidate[]): string {
  if (!candidates.length || (unit.start === 0 && frontMatterEnd(text) > 0)) return '';
  const body = text.slice(unit.start, unit.end);
  if (!body.includes(']')) return '';
  const wanted = referencedLabels(body);
  let prefix = '';
  let footnotes = false;
  for (const c of candidates) {
    if (!wanted.has(c.key)) continue;
    prefix += c.line;
    footnotes ||= c.key.startsWith('^');
  }
  // A footnote definition goes on through indented lines after a blank one (indented code at the
  // start of a page, say); a one-line comment closes it, so the unit starts at the top level.
  return prefix ? prefix + (footnotes ? '\n<!---->\n\n' : '\n') : '';
}

function collectDefinitions(node: Nodes, out: string[]): void {
  if (node.type === 'definition') out.push(normalizeLabel(node.label ?? node.identifier));
  else if (node.type === 'footnoteDefinition') out.push('^' + normalizeLabel(node.label ?? node.identifier));
  if ('children' in node) for (const child of node.children) collectDefinitions(child, out);
}

/** Whether any path from the root is deeper than `limit`, walked without recursion. */
function treeDepthExceeds(tree: Root, limit: number): boolean {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return false;
}

/** A copy of a cached node with its positions moved to where the block sits in the page. */
export function shifted<T extends Nodes>(node: T, dOffset: number, dLine: number): T {
  const copy = { ...node };
  const p = node.position;
  if (p) {
    copy.position = {
      start: { line: p.start.line + dLine, column: p.start.column, offset: p.start.offset! + dOffset },
      end: { line: p.end.line + dLine, column: p.end.column, offset: p.end.offset! + dOffset },
    };
  }
  if ('children' in node) (copy as { children: Nodes[] }).children = node.children.map((c) => shifted(c, dOffset, dLine));
  return copy;
}

/** Line endings (CRLF, CR or LF) in text[from, to). */
function countLines(text: string, from: number, to: number, holdsCR = true): number {
  let n = 0;
  if (!holdsCR) {
    // No CR in the page (the usual case): count LFs with indexOf, far faster than a loop.
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

function pointAt(text: string, offset: number): { line: number; column: number; offset: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
