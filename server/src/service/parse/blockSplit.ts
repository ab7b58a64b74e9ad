import { mayBePlainBlock } from './plainInline';

/**
 * Where a page may be cut into blocks that parse on their own exactly as they do inside the whole
 * page. Candidates are only lines that always start a new top-level block in CommonMark: an ATX
 * heading at column 0, or a column-0 paragraph line after a blank line (neither can continue a list
 * item, a block quote or a paragraph). What can still swallow such a line is a top-level fenced code
 * or HTML block left open before it, or front matter; the parser checks each block's end for those
 * and joins blocks when one is open (see `endsOpen` in parseMarkdown.ts).
 */

/** Offset just past the closing `---` line of YAML front matter at the start of the page, or 0. */
export function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const close = /(?:^|\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const found = close.exec(text);
  return found ? found.index + found[0].length : 0;
}

const HEADING_LINE = /^#{1,6}(?:[ \t\r\n]|$)/;
// A paragraph's first character that cannot begin any other block: no list marker (digits too),
// quote, fence, table pipe, HTML, heading, thematic break, definition or indented code.
const PARAGRAPH_START = /^[\p{L}"'(“‘]/u;

/** Offsets where a new block may begin (always starting with 0), in order. */
export function blockStarts(text: string): number[] {
  const starts = [0];
  const skipUntil = frontMatterEnd(text);
  if (skipUntil > 0 && skipUntil < text.length) starts.push(skipUntil);
  scanBlockStarts(text, skipUntil, starts);
  return starts;
}

/**
 * Appends to `starts` the block starts after the line at `from` (a line start already decided, so
 * the scan can resume an earlier one). `stop` is asked at each later line start with the start of
 * the line before it; the scan ends there when it says so. Returns where the scan ended.
 */
export function scanBlockStarts(text: string, from: number, starts: number[], stop?: (lineStart: number, previousLineStart: number) => boolean): number {
  let previousBlank = false;
  let previousLineStart = -1;
  let lineStart = from;
  // Runs on every keystroke over the whole page: character codes, no slices, except at candidates.
  while (lineStart < text.length) {
    if (lineStart > from && stop?.(lineStart, previousLineStart)) return lineStart;
    let lineEnd = lineStart;
    let blank = true;
    for (let c = text.charCodeAt(lineEnd); lineEnd < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++lineEnd)) {
      if (blank && c !== 32 && c !== 9) blank = false;
    }
    const next = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    const first = text.charCodeAt(lineStart);
    if (lineStart > from) {
      if (first === 35 && HEADING_LINE.test(text.slice(lineStart, lineStart + 8))) starts.push(lineStart);
      else if (previousBlank && !blank && PARAGRAPH_START.test(text.slice(lineStart, lineStart + 2))) starts.push(lineStart);
    }
    previousBlank = blank;
    previousLineStart = lineStart;
    lineStart = next;
  }
  return text.length;
}

/** A stretch of whole blocks parsed in one call, and the blocks it holds. */
export interface ParseUnit {
  start: number;
  end: number;
  /** Blocks that may be plain markdown (see plainBlocks.ts), built without the parser when they are. */
  plain?: boolean;
  /** Starts of the blocks inside, in order; the first is `start`. */
  blockStarts: number[];
}

/** Each parse call has a fixed set-up cost (about 90 µs); blocks are grouped until a unit is at least this long. */
export const MIN_UNIT_CHARS = 1_000;
/** An edit re-parses the whole unit it touches, so grouping stops here. */
export const MAX_UNIT_CHARS = 3_000;

/** A plain block shorter than this, after a block that must be parsed, is parsed with it (≈ one parser call's fixed cost). */
export const ABSORBED_PLAIN_CHARS = 160;

/** Limits a grouped unit must stay within, so that grouping never makes a block unparsable. */
export interface UnitLimits {
  maxChars: number;
  maxDelimiters: number;
}

/**
 * Consecutive blocks grouped into parse units. Past `MIN_UNIT_CHARS` a unit ends only before a
 * heading, so an edit that changes a block's length moves at most the unit boundaries up to the
 * next heading past the minimum, and the units after it stay as cached. A block that alone exceeds
 * a limit stays alone, so it is skipped exactly as before. Front matter stays alone too: the
 * definitions written before a unit would stop it being front matter. Blocks that may be plain
 * markdown are grouped apart from the others (see plainBlocks.ts): mixed in, they would go to the
 * parser with them.
 */
export function groupBlocks(text: string, starts: number[], limits: UnitLimits): ParseUnit[] {
  return groupBlocksFrom(text, starts, limits).units;
}

/** Where grouping resumes: at block `block`, which starts a unit, after a unit of the given kind. */
export interface GroupingResume {
  block: number;
  /** Whether the unit before was plain; `undefined` when the block is the page's first. */
  previousPlain?: boolean;
}

/**
 * `groupBlocks` from a given block, so an edit can regroup from the unit it touched. `stop` is
 * asked at each cut after the first with the new unit's start and kind; when it says so, grouping
 * ends before that unit and `stoppedAt` is its start (the units after are known to the caller).
 */
export function groupBlocksFrom(
  text: string,
  starts: number[],
  limits: UnitLimits,
  resume: GroupingResume = { block: 0 },
  stop?: (start: number, plain: boolean) => boolean,
): { units: ParseUnit[]; stoppedAt?: number } {
  const maxChars = Math.min(MAX_UNIT_CHARS, limits.maxChars);
  const afterFrontMatter = frontMatterEnd(text);
  const units: ParseUnit[] = [];
  // Resuming, only the kind of the unit before matters (a short plain block after a parsed one is
  // absorbed); the resumed block starts a unit whatever its start would say.
  let current: Pick<ParseUnit, 'start' | 'plain'> | undefined = resume.previousPlain === undefined ? undefined : { start: -Infinity, plain: resume.previousPlain };
  let delimiters = 0;
  for (let i = resume.block; i < starts.length; i++) {
    const start = starts[i];
    const end = starts[i + 1] ?? text.length;
    const block = text.slice(start, end);
    // Runs over the whole page on every keystroke: the pattern finds most blocks free of delimiters
    // faster than counting them does.
    const blockDelimiters = DELIMITER.test(block) ? countDelimiters(text, start, end) : 0;
    // A short plain block amid parsed ones (a heading between two linked paragraphs, say) is parsed
    // with them: cutting the run there would cost one more parser call than parsing it does.
    const absorbed = current !== undefined && !current.plain && start !== afterFrontMatter && end - start < ABSORBED_PLAIN_CHARS;
    // `*` list markers count as delimiters above, which only matters if the block goes to the parser.
    const plain = !absorbed && mayBePlainBlock(block);
    const length = current ? end - current.start : 0;
    const cutHere =
      !current ||
      i === resume.block ||
      plain !== (current.plain ?? false) ||
      start === afterFrontMatter ||
      length > maxChars ||
      delimiters + blockDelimiters > limits.maxDelimiters ||
      (start - current.start >= MIN_UNIT_CHARS && text[start] === '#');
    if (cutHere) {
      if (i > resume.block && stop?.(start, plain)) return { units, stoppedAt: start };
      const unit: ParseUnit = plain ? { start, end, blockStarts: [start], plain } : { start, end, blockStarts: [start] };
      units.push(unit);
      current = unit;
      delimiters = blockDelimiters;
    } else {
      const unit = units[units.length - 1];
      unit.end = end;
      unit.blockStarts.push(start);
      delimiters += blockDelimiters;
    }
  }
  return { units };
}

const DELIMITER = /[*_[\]]/;

/** Emphasis and link delimiters (`*`, `_`, `[`, `]`) in text[from, to). */
export function countDelimiters(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93) n++;
  }
  return n;
}
