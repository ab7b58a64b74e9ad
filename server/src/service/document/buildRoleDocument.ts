import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Anchor, HtmlComment, Link, RoleDocument } from './model';
import { LineIndex } from './lineIndex';
import { parseMarkdown, type ParseLimits } from './parseMarkdown';
import { readFrontMatter } from './frontMatter';
import { buildHeadings, type HeadingSource } from './headings';
import { findHtmlAnchors } from './htmlAnchors';
import { findHtmlComments } from './htmlComments';
import { locateInlineDestination, parseLinkTarget } from './linkTarget';
import { findGradeClaims } from './gradeClaims';
import { findExtendsClaims } from './extendsClaims';
import { buildRoleStructure, headingAt } from './roleStructure';
import type { SectionMatcher } from './sectionMatcher';
import type { SlugProfile } from './slug';
import { plainText } from './plainText';

export interface DocumentOptions {
  slugProfile: SlugProfile;
  matchSection: SectionMatcher;
  /** Size and time caps for parsing one page (defaults in parseMarkdown.ts). */
  parseLimits?: ParseLimits;
}

interface Span {
  start: number;
  end: number;
}

function spanOf(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

const normalizeLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Parses one version of a page into the model every rule and feature reads. */
export function buildRoleDocument(uri: string, version: number, text: string, options: DocumentOptions): RoleDocument {
  const lines = new LineIndex(text);
  const { tree, skipped } = parseMarkdown(text, options.parseLimits);
  const headingSources: HeadingSource[] = [];
  const htmlNodes: Span[] = [];
  const claimBlocks: (Span & { inHeading: boolean })[] = [];
  const linkNodes: { node: Nodes; span: Span }[] = [];
  const definitions = new Map<string, string>();
  const textSpans: Span[] = [];

  visit(tree, (node: Nodes, _index, parent) => {
    const span = spanOf(node);
    if (!span) return;
    switch (node.type) {
      case 'heading':
        headingSources.push({ node, start: span.start, end: span.end });
        claimBlocks.push({ ...span, inHeading: true });
        break;
      case 'paragraph':
      case 'tableCell':
        claimBlocks.push({ ...span, inHeading: false });
        break;
      case 'html':
        htmlNodes.push(span);
        break;
      case 'link':
      case 'linkReference':
        linkNodes.push({ node, span });
        break;
      case 'text':
        // An autolink's text is its URL, not prose.
        if (parent?.type === 'link' && text[parent.position?.start.offset ?? -1] !== '[') break;
        textSpans.push(span);
        break;
      case 'definition':
        if (!definitions.has(normalizeLabel(node.identifier))) definitions.set(normalizeLabel(node.identifier), node.url);
        break;
    }
  });

  const { headings, anchors } = buildHeadings(headingSources, text, lines, options.slugProfile);
  const htmlComments: HtmlComment[] = [];
  for (const span of htmlNodes) {
    const html = text.slice(span.start, span.end);
    for (const found of findHtmlAnchors(html)) {
      const at = span.start + found.start;
      const h = headingAt(headings, at);
      anchors.push({ id: found.id, source: 'html', range: lines.rangeOf(at, span.start + found.end), headingIndex: h === -1 ? undefined : h });
    }
    for (const c of findHtmlComments(html)) {
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

  const links = linkNodes.map(({ node, span }) => buildLink(node, span, text, lines, definitions));
  const linksByOffset = new Map(links.map((l) => [l.startOffset, l]));
  const gradeClaims = claimBlocks.flatMap((b) => findGradeClaims(text.slice(b.start, b.end), b.start, lines, b.inHeading));
  const extendsClaims = claimBlocks
    .filter((b) => !b.inHeading)
    .flatMap((b) => findExtendsClaims(text.slice(b.start, b.end), b.start, lines, linksByOffset));
  const matches = headings.map((h) => options.matchSection(h.text));
  const structure = buildRoleStructure(headings, matches, gradeClaims, extendsClaims, text, lines);

  return {
    uri,
    version,
    text,
    lines,
    frontMatter: readFrontMatter(tree, text, lines),
    headings,
    anchors,
    anchorsById,
    links,
    ...structure,
    gradeClaims,
    extendsClaims,
    htmlComments: htmlComments.sort((a, b) => a.startOffset - b.startOffset),
    definitions,
    textSpans,
    parseLimits: skipped.map((b) => ({ reason: b.reason, range: lines.rangeOf(b.start, b.end), chars: b.end - b.start })),
  };
}

function buildLink(node: Nodes, span: Span, text: string, lines: LineIndex, definitions: Map<string, string>): Link {
  const source = text.slice(span.start, span.end);
  const label = plainText(node);
  if (node.type === 'linkReference') {
    const url = definitions.get(normalizeLabel(node.identifier)) ?? '';
    const parsed = parseLinkTarget(url);
    return { ...parsed, text: label, target: url, range: lines.rangeOf(span.start, span.end), startOffset: span.start, viaReference: true };
  }
  const url = node.type === 'link' ? node.url : '';
  const dest = locateInlineDestination(source);
  const written = dest ? source.slice(dest.start, dest.end) : url;
  const parsed = parseLinkTarget(dest ? written : url);
  const targetStart = dest ? span.start + dest.start : undefined;
  return {
    kind: parsed.kind,
    path: parsed.path,
    fragment: parsed.fragment,
    text: label,
    target: written,
    range: lines.rangeOf(span.start, span.end),
    targetRange: targetStart === undefined ? undefined : lines.rangeOf(targetStart, targetStart + written.length),
    fragmentRange:
      targetStart === undefined || parsed.fragmentOffset === undefined
        ? undefined
        : lines.rangeOf(targetStart + parsed.fragmentOffset, targetStart + written.length),
    startOffset: span.start,
  };
}
