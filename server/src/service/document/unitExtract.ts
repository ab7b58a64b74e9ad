import type { Heading as MdHeading, Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { BlockEntry } from '../parse/parseMarkdown';
import { findHtmlAnchors, type HtmlAnchorMatch } from './htmlAnchors';
import { findHtmlComments, type CommentSpan } from './htmlComments';
import { findHtmlLinks } from './htmlLinks';
import { locateInlineDestination, parseLinkTarget, type ParsedTarget } from './linkTarget';
import { plainText } from './plainText';
import { detached } from '../detached';

/**
 * What the page model takes from one parse unit, in the unit's own positions (those of its cached
 * entry, `prefix + text`). It depends only on the unit's source, so it is kept per entry and an
 * edit re-extracts only the units it re-parsed; the page adds the unit's `dOffset` when assembling.
 */
export interface UnitExtract {
  headings: { node: MdHeading; start: number; end: number }[];
  html: HtmlExtract[];
  /** Paragraphs, table cells and headings whose text could hold a grade claim (they say "grade"). */
  gradeBlocks: ClaimBlock[];
  /** Paragraphs and table cells whose text could hold an extends claim (they say "extend"). */
  extendsBlocks: ClaimBlock[];
  links: LinkDraft[];
  /** Prose text nodes as start, end pairs. */
  textSpans: number[];
  /** Link-reference definitions in order: normalised label, then URL. */
  definitions: [string, string][];
}

export interface ClaimBlock {
  start: number;
  end: number;
  inHeading: boolean;
}

export interface HtmlExtract {
  start: number;
  end: number;
  anchors: HtmlAnchorMatch[];
  comments: CommentSpan[];
}

/** A link with everything that does not depend on where it sits or on the page's definitions. */
export type LinkDraft =
  | { start: number; end: number; label: string; reference: string }
  | { start: number; end: number; label: string; reference?: undefined; parsed: ParsedTarget; written: string; dest?: { start: number; end: number } };

// `findGradeClaims` needs GRADE_NUMBER (`grade`), `findExtendsClaims` EXTENDS_WORD (`extend`) or a near word before "that of" or a link: blocks without either hold no claim.
const MAY_HOLD_GRADE = /grade/i;
const MAY_HOLD_EXTENDS = /extend|\p{L}{5,8}[ \t]+(?:that[ \t]+of\b|(?:the[ \t]+)?\[)/iu;
/** What MAY_HOLD_EXTENDS implies, found several times faster: the letters-before test runs only where it matches. */
const MAY_HOLD_EXTENDS_QUICK = /extend|[ \t](?:that[ \t]+of\b|(?:the[ \t]+)?\[)/i;

export const normalizeLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

const extracts = new WeakMap<BlockEntry, UnitExtract>();

/**
 * The unit's extract, made on first sight. `text` and `dOffset` only read the unit's own source
 * (page text at `entry offset + dOffset`), which is the same wherever the unit sits.
 */
export function unitExtract(entry: BlockEntry, text: string, dOffset: number): UnitExtract {
  let found = extracts.get(entry);
  if (!found) {
    found = extract(entry, text, dOffset);
    extracts.set(entry, found);
  }
  return found;
}

function extract(entry: BlockEntry, text: string, dOffset: number): UnitExtract {
  const out: UnitExtract = { headings: [], html: [], gradeBlocks: [], extendsBlocks: [], links: [], textSpans: [], definitions: [] };
  const view = (start: number, end: number): string => text.slice(start + dOffset, end + dOffset);
  // What is drafted here is kept with the tree, past this version of the page: copies, not views of it.
  const source = (start: number, end: number): string => detached(view(start, end));
  const claimBlock = (start: number, end: number, inHeading: boolean): void => {
    const block = view(start, end);
    if (MAY_HOLD_GRADE.test(block)) out.gradeBlocks.push({ start, end, inHeading });
    if (!inHeading && MAY_HOLD_EXTENDS_QUICK.test(block) && MAY_HOLD_EXTENDS.test(block)) out.extendsBlocks.push({ start, end, inHeading });
  };
  const seen = new Set<string>();
  const onNode = (node: Nodes, _index: number | undefined, parent: Nodes | undefined): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'heading':
        out.headings.push({ node, start, end });
        claimBlock(start, end, true);
        break;
      case 'paragraph':
      case 'tableCell':
        claimBlock(start, end, false);
        break;
      case 'html': {
        const html = source(start, end);
        const comments = findHtmlComments(html);
        out.html.push({ start, end, anchors: findHtmlAnchors(html), comments });
        for (const a of findHtmlLinks(html, comments)) {
          const dest = { start: a.hrefStart - a.start, end: a.hrefEnd - a.start };
          out.links.push({ start: start + a.start, end: start + a.end, label: a.label, parsed: parseLinkTarget(a.href), written: a.href, dest });
        }
        break;
      }
      case 'link':
      case 'linkReference':
        out.links.push(linkDraft(node, start, end, source(start, end)));
        break;
      case 'text':
        // An autolink's text is its URL, not prose.
        if (parent?.type === 'link' && text[(parent.position?.start.offset ?? Number.NaN) + dOffset] !== '[') break;
        out.textSpans.push(start, end);
        break;
      case 'definition': {
        const label = normalizeLabel(node.identifier);
        if (!seen.has(label)) {
          seen.add(label);
          out.definitions.push([label, node.url]);
        }
        break;
      }
    }
  };
  for (const child of entry.children) {
    if (child.position && child.position.end.offset! <= entry.prefixLength) continue;
    visit(child as RootContent, onNode as Parameters<typeof visit>[1]);
  }
  return out;
}

function linkDraft(node: Nodes, start: number, end: number, source: string): LinkDraft {
  const label = plainText(node);
  if (node.type === 'linkReference') return { start, end, label, reference: normalizeLabel(node.identifier) };
  const url = node.type === 'link' ? node.url : '';
  const dest = locateInlineDestination(source);
  const written = dest ? source.slice(dest.start, dest.end) : url;
  return { start, end, label, parsed: parseLinkTarget(dest ? written : url), written, dest };
}
