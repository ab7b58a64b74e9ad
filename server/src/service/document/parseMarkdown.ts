import type { Nodes, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { blockStarts } from './blockSplit';
import { BlockTreeCache } from './blockTreeCache';
import { constructEnd, endsOpen } from './openConstructs';
import { definitionCandidates, normalizeLabel, referencedLabels, type DefinitionCandidate } from './definitionLabels';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

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

/** A stretch of the page that was not parsed, and why. */
export interface SkippedBlock {
  start: number;
  end: number;
  reason: 'size' | 'time';
}

export interface ParsedMarkdown {
  tree: Root;
  skipped: SkippedBlock[];
}

interface Block {
  start: number;
  end: number;
  /** Definitions prepended so references resolve as in the whole page; `undefined` until parsed. */
  prefix?: string;
  entry?: BlockEntry;
  skipped?: SkippedBlock['reason'];
}

/** A parsed block as cached: positions relative to `prefix + text`. */
export interface BlockEntry {
  children: RootContent[];
  prefixLength: number;
  prefixLines: number;
  /** Normalised labels of the definitions the block itself holds (footnotes start with `^`). */
  definitions: string[];
}

/** Trees of recently parsed blocks by content, so an edit re-parses only the block it touched. */
export const blockTrees = new BlockTreeCache<BlockEntry>(2_000_000);

/** The reference parse: the whole page at once. Slow on large pages; used to check the block parse. */
export function parseMarkdownWhole(text: string): Root {
  return processor.parse(text);
}

/**
 * The one place markdown is parsed. Nothing else may depend on how: the syntax tree's offsets
 * index into `text`, and that is the whole contract. Parsed block by block (see blockSplit.ts);
 * the result equals `parseMarkdownWhole(text)` except where a limit left a block unparsed.
 */
export function parseMarkdown(text: string, limits: ParseLimits = defaultParseLimits): ParsedMarkdown {
  // Blocks are checked against the clock as they start: a block in progress is never interrupted.
  const deadline = performance.now() + limits.budgetMs + ((limits.budgetMsPerKChar ?? 0) * text.length) / 1000;
  const starts = blockStarts(text);
  const blocks: Block[] = starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
  const candidates = definitionCandidates(text);
  const candidateKeys = new Set(candidates.map((c) => c.key));
  const skipped: SkippedBlock[] = [];

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    parseBlock(text, block, candidates, limits, deadline);
    const open = block.entry && i + 1 < blocks.length ? endsOpen(block.entry, text, block.start, block.end) : undefined;
    if (open === undefined) continue;
    // A fence or HTML block left open swallows the following blocks up to where it closes.
    const closesAt = constructEnd(text, open);
    let last = i + 1;
    while (last + 1 < blocks.length && blocks[last + 1].start <= closesAt) last++;
    block.end = blocks[last].end;
    blocks.splice(i + 1, last - i);
    block.entry = undefined;
    i--;
  }

  // Definitions that looked like candidates but are not (inside code, say) must not resolve references.
  const defined = new Set(blocks.flatMap((b) => b.entry?.definitions ?? []));
  if (defined.size !== candidateKeys.size || [...candidateKeys].some((k) => !defined.has(k))) {
    const real = candidates.filter((c) => defined.has(c.key));
    for (const block of blocks) {
      if (!block.entry) continue;
      const prefix = prefixFor(text.slice(block.start, block.end), real);
      if (prefix !== block.prefix) {
        block.entry = undefined;
        parseBlock(text, block, real, limits, deadline);
      }
    }
  }

  const children: RootContent[] = [];
  let line = 1;
  let lineCountedTo = 0;
  for (const block of blocks) {
    if (block.skipped) {
      skipped.push({ start: block.start, end: block.end, reason: block.skipped });
      continue;
    }
    const entry = block.entry!;
    line += countLines(text, lineCountedTo, block.start);
    lineCountedTo = block.start;
    const dOffset = block.start - entry.prefixLength;
    const dLine = line - 1 - entry.prefixLines;
    for (const child of entry.children) {
      if (child.position && child.position.end.offset! <= entry.prefixLength) continue;
      children.push(shifted(child, dOffset, dLine));
    }
  }
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(text, text.length) } };
  return { tree, skipped };
}

function parseBlock(text: string, block: Block, candidates: DefinitionCandidate[], limits: ParseLimits, deadline: number): void {
  const body = text.slice(block.start, block.end);
  const prefix = prefixFor(body, candidates);
  block.prefix = prefix;
  block.skipped = undefined;
  const source = prefix + body;
  const cached = blockTrees.get(source);
  if (cached) {
    block.entry = cached;
    return;
  }
  if (body.length > limits.maxBlockChars || countDelimiters(body) > (limits.maxDelimiters ?? DEFAULT_MAX_DELIMITERS)) {
    block.skipped = 'size';
    return;
  }
  if (performance.now() > deadline) {
    block.skipped = 'time';
    return;
  }
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch {
    // Only pathological nesting makes the parser itself run out of stack; the block is reported, not fatal.
    block.skipped = 'size';
    return;
  }
  if (treeDepthExceeds(tree, MAX_TREE_DEPTH)) {
    block.skipped = 'size';
    return;
  }
  const definitions: string[] = [];
  for (const child of tree.children) {
    if (child.position && child.position.end.offset! <= prefix.length) continue;
    collectDefinitions(child, definitions);
  }
  const entry: BlockEntry = { children: tree.children, prefixLength: prefix.length, prefixLines: countLines(prefix, 0, prefix.length), definitions };
  blockTrees.set(source, entry);
  block.entry = entry;
}

/** The definitions a block's references could use, written before it with a blank line after. */
function prefixFor(body: string, candidates: DefinitionCandidate[]): string {
  if (!candidates.length || !body.includes(']')) return '';
  const wanted = referencedLabels(body);
  let prefix = '';
  for (const c of candidates) if (wanted.has(c.key)) prefix += c.line;
  return prefix ? prefix + '\n' : '';
}

function collectDefinitions(node: Nodes, out: string[]): void {
  if (node.type === 'definition') out.push(normalizeLabel(node.label ?? node.identifier));
  else if (node.type === 'footnoteDefinition') out.push('^' + normalizeLabel(node.label ?? node.identifier));
  if ('children' in node) for (const child of node.children) collectDefinitions(child, out);
}

function countDelimiters(body: string): number {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93) n++;
  }
  return n;
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
function shifted<T extends Nodes>(node: T, dOffset: number, dLine: number): T {
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
function countLines(text: string, from: number, to: number): number {
  let n = 0;
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
