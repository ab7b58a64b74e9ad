import type { Heading as MdHeading } from 'mdast';
import type { Anchor, Heading } from './model';
import type { LineIndex } from './lineIndex';
import type { SlugProfile } from './slug';
import { plainText } from './plainText';
import { trimUnicode } from './normalizeText';

/** `{#id}` or `{#id .class key=val}` at the end of a heading (kramdown and goldmark). */
const HEADING_ATTRIBUTE = /(?<![ \t])[ \t]*\{[ \t]*#([A-Za-z][\w:.-]*)[^{}\n]*\}[ \t]*$/; // lookbehind keeps a long blank run linear
/** kramdown block attribute on the line after a heading: `{: #id}`. */
const BLOCK_ATTRIBUTE = /^\{:[^{}\n]*?#([A-Za-z][\w:.-]*)[^{}\n]*\}[ \t]*$/;
const ATX_MARKS = /^[ \t]*#{1,6}[ \t]*|(?<![ \t])[ \t]+#+[ \t]*$/g; // lookbehind keeps a long blank run linear

export interface HeadingSource {
  node: MdHeading;
  start: number;
  end: number;
}

/** Builds headings with their rendered ids, and the anchors they define, in document order. */
export function buildHeadings(
  sources: HeadingSource[],
  text: string,
  lines: LineIndex,
  profile: SlugProfile,
): { headings: Heading[]; anchors: Anchor[] } {
  const drafts = sources.map(({ node, start, end }, index) => {
    const firstLineEnd = text.indexOf('\n', start);
    const lineEnd = firstLineEnd === -1 || firstLineEnd > end ? end : firstLineEnd;
    const sourceLine = text.slice(start, lineEnd).replace(/\r$/, '');
    let raw = sourceLine.replace(ATX_MARKS, '');
    let plain = trimUnicode(plainText(node));
    let explicitId: string | undefined;
    let source: Anchor['source'] = 'heading';
    const attribute = HEADING_ATTRIBUTE.exec(raw);
    if (attribute) {
      explicitId = attribute[1];
      source = 'heading-attribute';
      raw = raw.slice(0, attribute.index);
      plain = trimUnicode(plain.replace(HEADING_ATTRIBUTE, ''));
    } else {
      const nextLineStart = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1; // CRLF: the heading ends before `\r`
      const nextLineEnd = text.indexOf('\n', nextLineStart);
      const nextLine = text.slice(nextLineStart, nextLineEnd === -1 ? text.length : nextLineEnd).replace(/\r$/, '');
      const block = end <= lineEnd + 1 ? BLOCK_ATTRIBUTE.exec(nextLine) : null;
      if (block) {
        explicitId = block[1];
        source = 'block-attribute';
      }
    }
    const trimmedRaw = trimUnicode(raw);
    const rawAt = trimmedRaw ? sourceLine.indexOf(trimmedRaw) : -1;
    const textStart = rawAt >= 0 ? start + rawAt : start;
    return { node, start, end, index, raw: trimmedRaw, plain, explicitId, source, textStart };
  });

  const dedupe = profile.createDeduplicator();
  for (const d of drafts) if (d.explicitId) dedupe.reserve(d.explicitId);

  const headings: Heading[] = [];
  const anchors: Anchor[] = [];
  for (const d of drafts) {
    const id = d.explicitId ?? dedupe.next(profile.slug(d.plain, d.raw));
    const range = lines.rangeOf(d.start, d.end);
    const heading: Heading = {
      index: d.index,
      depth: d.node.depth,
      text: d.plain,
      raw: d.raw,
      id,
      explicitId: d.explicitId,
      range,
      textRange: lines.rangeOf(d.textStart, d.textStart + d.raw.length),
      startOffset: d.start,
      endOffset: d.end,
    };
    headings.push(heading);
    anchors.push({ id, source: d.source, range, headingIndex: d.index });
  }
  return { headings, anchors };
}
