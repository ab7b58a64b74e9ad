import type { Heading as MdHeading } from 'mdast';
import type { Anchor, Heading } from './model';
import type { Range } from '../types';
import { rangeMovedByLines, type LineIndex } from '../text/lineIndex';
import type { SlugProfile } from './slug';
import { plainText } from './plainText';
import { trimUnicode } from './normalizeText';
import { detached } from '../detached';

/** `{#id}` or `{#id .class key=val}` at the end of a heading (kramdown and goldmark). */
const HEADING_ATTRIBUTE = /(?<![ \t])[ \t]*\{[ \t]*#([A-Za-z][\w:.-]*)[^{}\n]*\}[ \t]*$/; // lookbehind keeps a long blank run linear
/** kramdown block attribute on the line after a heading: `{: #id}`. */
const BLOCK_ATTRIBUTE = /^\{:[^{}\n]*?#([A-Za-z][\w:.-]*)[^{}\n]*\}[ \t]*$/;
const ATX_MARKS = /^[ \t]*#{1,6}[ \t]*|(?<![ \t])[ \t]+#+[ \t]*$/g; // lookbehind keeps a long blank run linear

export interface HeadingSource {
  node: MdHeading;
  start: number;
  end: number;
  /** Line shift of the heading's unit: with `start`, it fixes every position inside the unit. */
  dLine: number;
}

/** What a heading's own source says, in offsets from its start: the same wherever it sits. */
interface HeadingDraft {
  raw: string;
  plain: string;
  /** From `{#id}` on the heading line; a block attribute on the next line is looked for on each build. */
  explicitId?: string;
  textStart: number;
  /** Where the heading's first `\n` is, from its start (its length when it holds none). */
  firstLineEnd: number;
  /** Whether the heading's text sits on one line (no lone CR in it), so its range follows from the heading's start. */
  oneLine: boolean;
  /** Slug bases by profile, made on first use. */
  bases: Map<SlugProfile, string>;
  /** The heading last built from this node, and its unit's line shift then. */
  built?: { dLine: number; heading: Heading; anchor: Anchor };
}

/**
 * Drafts by heading node. Nodes belong to a parse unit's tree and are shared by every version of the
 * page that holds the unit, so an edit drafts only the headings in the units it re-parsed.
 */
const headingDrafts = new WeakMap<MdHeading, HeadingDraft>();

function draftOf(node: MdHeading, text: string, start: number, end: number): HeadingDraft {
  let draft = headingDrafts.get(node);
  if (draft) return draft;
  const firstLineEnd = text.indexOf('\n', start);
  const lineEnd = firstLineEnd === -1 || firstLineEnd > end ? end : firstLineEnd;
  // The draft outlives this version of the page: a copy, not a view of it.
  const sourceLine = detached(text.slice(start, lineEnd)).replace(/\r$/, '');
  let raw = sourceLine.replace(ATX_MARKS, '');
  let plain = trimUnicode(plainText(node));
  let explicitId: string | undefined;
  const attribute = HEADING_ATTRIBUTE.exec(raw);
  if (attribute) {
    explicitId = attribute[1];
    raw = raw.slice(0, attribute.index);
    plain = trimUnicode(plain.replace(HEADING_ATTRIBUTE, ''));
  }
  const trimmedRaw = trimUnicode(raw);
  const rawAt = trimmedRaw ? sourceLine.indexOf(trimmedRaw) : -1;
  draft = { raw: trimmedRaw, plain, explicitId, textStart: rawAt >= 0 ? rawAt : 0, firstLineEnd: lineEnd - start, oneLine: !sourceLine.includes('\r'), bases: new Map() };
  headingDrafts.set(node, draft);
  return draft;
}

/** A kramdown block attribute (`{: #id}`) on the line after a one-line heading; the next line is outside the heading, so it is read on every build. */
function blockAttributeId(text: string, draft: HeadingDraft, start: number, end: number): string | undefined {
  const lineEnd = start + draft.firstLineEnd;
  if (end > lineEnd + 1) return undefined;
  const nextLineStart = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1; // CRLF: the heading ends before `\r`
  if (!text.startsWith('{:', nextLineStart)) return undefined;
  const nextLineEnd = text.indexOf('\n', nextLineStart);
  const nextLine = text.slice(nextLineStart, nextLineEnd === -1 ? text.length : nextLineEnd).replace(/\r$/, '');
  return BLOCK_ATTRIBUTE.exec(nextLine)?.[1];
}

/** Builds headings with their rendered ids, and the anchors they define, in document order. */
export function buildHeadings(
  sources: HeadingSource[],
  text: string,
  lines: LineIndex,
  profile: SlugProfile,
): { headings: Heading[]; anchors: Anchor[] } {
  // Explicit ids are reserved before any id is made: a later `{#id}` takes its id from an earlier automatic one.
  const count = sources.length;
  const drafts: HeadingDraft[] = [];
  const explicitIds: (string | undefined)[] = [];
  const dedupe = profile.createDeduplicator();
  for (let i = 0; i < count; i++) {
    const { node, start, end } = sources[i];
    const draft = draftOf(node, text, start, end);
    const explicitId = draft.explicitId ?? blockAttributeId(text, draft, start, end);
    drafts.push(draft);
    explicitIds.push(explicitId);
    if (explicitId) dedupe.reserve(explicitId);
  }

  // Every heading after an edit is made again (its offsets moved): each is a plain literal of one
  // shape, not a spread copy, and nothing per heading is allocated beyond it and its anchor.
  const headings: Heading[] = [];
  const anchors: Anchor[] = [];
  for (let index = 0; index < count; index++) {
    const draft = drafts[index];
    const { node, start, end, dLine } = sources[index];
    const explicitId = explicitIds[index];
    const source: Anchor['source'] = draft.explicitId ? 'heading-attribute' : explicitId ? 'block-attribute' : 'heading';
    const id = explicitId ?? dedupe.next(baseOf(draft, profile));
    const kept = draft.built;
    // Same place, same index, same id: the previous version's heading, as it was (read-only, shared).
    if (kept && kept.dLine === dLine && kept.heading.startOffset === start && kept.heading.index === index && kept.heading.id === id && kept.anchor.source === source) {
      headings.push(kept.heading);
      anchors.push(kept.anchor);
      continue;
    }
    let range: Range;
    let textRange: Range;
    if (kept) {
      // The same heading node moved: its unit starts a line, so only lines and offsets change.
      const lineShift = dLine - kept.dLine;
      range = lineShift ? rangeMovedByLines(kept.heading.range, lineShift) : kept.heading.range;
      textRange = lineShift ? rangeMovedByLines(kept.heading.textRange, lineShift) : kept.heading.textRange;
    } else {
      range = lines.rangeOf(start, end);
      const textStart = start + draft.textStart;
      textRange = draft.oneLine ? onLineOf(range, draft.textStart, draft.raw.length) : lines.rangeOf(textStart, textStart + draft.raw.length);
    }
    const heading: Heading = { index, depth: node.depth, text: draft.plain, raw: draft.raw, id, explicitId, range, textRange, startOffset: start, endOffset: end };
    const anchor: Anchor = { id, source, range, headingIndex: index };
    headings.push(heading);
    anchors.push(anchor);
    draft.built = { dLine, heading, anchor };
  }
  return { headings, anchors };
}

function baseOf(draft: HeadingDraft, profile: SlugProfile): string {
  let base = draft.bases.get(profile);
  if (base === undefined) {
    base = profile.slug(draft.plain, draft.raw);
    draft.bases.set(profile, base);
  }
  return base;
}

/** The range `length` characters long, `from` characters after the start of `range`, on its first line. */
function onLineOf(range: Range, from: number, length: number): Range {
  const { line, character } = range.start;
  return { start: { line, character: character + from }, end: { line, character: character + from + length } };
}
