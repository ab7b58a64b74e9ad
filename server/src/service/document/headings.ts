import type { Heading as MdHeading } from 'mdast';
import type { Anchor, Heading } from './model';
import type { Range } from '../types';
import { rangeMovedByLines, type LineIndex } from './lineIndex';
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
  const drafts = sources.map(({ node, start, end, dLine }, index) => {
    const draft = draftOf(node, text, start, end);
    let explicitId = draft.explicitId;
    let source: Anchor['source'] = explicitId ? 'heading-attribute' : 'heading';
    if (!explicitId) {
      explicitId = blockAttributeId(text, draft, start, end);
      if (explicitId) source = 'block-attribute';
    }
    return { node, start, end, dLine, index, explicitId, source, draft };
  });

  const dedupe = profile.createDeduplicator();
  for (const d of drafts) if (d.explicitId) dedupe.reserve(d.explicitId);

  const headings: Heading[] = [];
  const anchors: Anchor[] = [];
  for (const d of drafts) {
    const { draft, dLine } = d;
    const id = d.explicitId ?? dedupe.next(baseOf(draft, profile));
    const kept = draft.built;
    // Same place, same index, same id: the previous version's heading, as it was (read-only, shared).
    if (kept && kept.dLine === dLine && kept.heading.startOffset === d.start && kept.heading.index === d.index && kept.heading.id === id && kept.anchor.source === d.source) {
      headings.push(kept.heading);
      anchors.push(kept.anchor);
      continue;
    }
    let heading: Heading;
    if (kept) {
      // The same heading node moved: its unit starts a line, so only lines and offsets change.
      const lineShift = dLine - kept.dLine;
      const before = kept.heading;
      heading = {
        ...before,
        index: d.index,
        id,
        explicitId: d.explicitId,
        range: lineShift ? rangeMovedByLines(before.range, lineShift) : before.range,
        textRange: lineShift ? rangeMovedByLines(before.textRange, lineShift) : before.textRange,
        startOffset: d.start,
        endOffset: d.end,
      };
    } else {
      const range = lines.rangeOf(d.start, d.end);
      heading = {
        index: d.index,
        depth: d.node.depth,
        text: draft.plain,
        raw: draft.raw,
        id,
        explicitId: d.explicitId,
        range,
        textRange: draft.oneLine ? onLineOf(range, draft.textStart, draft.raw.length) : lines.rangeOf(d.start + draft.textStart, d.start + draft.textStart + draft.raw.length),
        startOffset: d.start,
        endOffset: d.end,
      };
    }
    const { range } = heading;
    const anchor: Anchor = { id, source: d.source, range, headingIndex: d.index };
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
