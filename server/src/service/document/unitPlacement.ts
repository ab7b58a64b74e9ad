import type { ExtendsClaim, GradeClaim, Link, ProseRun } from './model';
import type { Range } from '../types';
import { rangeMovedByLines, type LineIndex } from '../text/lineIndex';
import type { PlacedUnit } from '../parse/parseMarkdown';
import { parseLinkTarget } from './linkTarget';
import { findGradeClaims } from './gradeClaims';
import { findExtendsClaims } from './extendsClaims';
import type { LinkDraft, UnitExtract } from './unitExtract';
import { detached } from '../detached';

/** A unit's links, claims and prose spans at page offsets and positions. */
export interface UnitPlacement {
  links: Link[];
  gradeClaims: GradeClaim[];
  extendsClaims: ExtendsClaim[];
  /** The unit's text nodes, under its extract (the same object while the unit's text is); none without prose. */
  prose: ProseRun | undefined;
}

/**
 * The last placement of each unit extract. A unit starts at a line start, so where it sits (its
 * offset and line shift) fixes every position inside it: an edit leaves the units before it where
 * they were, and their placements are used again as they are; the units after it are moved, their
 * offsets by as much as the edit's length changed and their lines by the lines it added or removed,
 * rather than placed again (no line look-ups, no claim sentences read). Like the trees they come
 * from, these are shared between versions of a page and are read-only (readOnlyTrees.test.ts).
 */
const placements = new WeakMap<UnitExtract, { dOffset: number; dLine: number; definitions: string; placed: UnitPlacement }>();

/**
 * The unit's placement in the page. `definitions` resolves reference links; `definitionsKey` names
 * its content (a placement made under other definitions is not used again).
 */
export function placeUnit(
  found: UnitExtract,
  unit: PlacedUnit,
  text: string,
  lines: LineIndex,
  definitions: Map<string, string>,
  definitionsKey: string,
): UnitPlacement {
  const kept = placements.get(found);
  if (kept && kept.definitions === definitionsKey) {
    if (kept.dOffset === unit.dOffset && kept.dLine === unit.dLine) return kept.placed;
    const placed = movedPlacement(found, kept.placed, unit.dOffset - kept.dOffset, unit.dLine - kept.dLine);
    placements.set(found, { dOffset: unit.dOffset, dLine: unit.dLine, definitions: definitionsKey, placed });
    return placed;
  }
  const d = unit.dOffset;
  const links = found.links.map((draft) => placeLink(draft, d, lines, definitions));
  const linksByOffset = found.extendsBlocks.length ? new Map(links.map((l) => [l.startOffset, l])) : new Map<number, Link>();
  const placed: UnitPlacement = {
    links,
    gradeClaims: found.gradeBlocks.flatMap((b) => findGradeClaims(detached(text.slice(b.start + d, b.end + d)), b.start + d, lines, b.inHeading)),
    extendsClaims: found.extendsBlocks.flatMap((b) => findExtendsClaims(detached(text.slice(b.start + d, b.end + d)), b.start + d, lines, linksByOffset)),
    prose: found.textSpans.length ? { key: found, offset: d, spans: found.textSpans } : undefined,
  };
  placements.set(found, { dOffset: unit.dOffset, dLine: unit.dLine, definitions: definitionsKey, placed });
  return placed;
}

/** A placement of the same unit text moved by `dOffset` characters and `dLine` lines; the unit starts a line, so columns stay. */
function movedPlacement(found: UnitExtract, from: UnitPlacement, dOffset: number, dLine: number): UnitPlacement {
  const linkMoves = new Map<Link, Link>();
  const links = from.links.map((link) => {
    const copy = moved(link, dOffset, dLine, ['range', 'targetRange', 'fragmentRange']);
    linkMoves.set(link, copy);
    return copy;
  });
  return {
    links,
    gradeClaims: from.gradeClaims.map((claim) => moved(claim, dOffset, dLine, ['subjectRange', 'valueRange', 'range', 'linkTargetRange'])),
    extendsClaims: from.extendsClaims.map((claim) => {
      const copy = moved(claim, dOffset, dLine, ['roleTextRange', 'range', 'keywordRange']);
      if (claim.link) copy.link = linkMoves.get(claim.link) ?? moved(claim.link, dOffset, dLine, ['range', 'targetRange', 'fragmentRange']);
      return copy;
    }),
    prose: from.prose && { key: found, offset: from.prose.offset + dOffset, spans: from.prose.spans },
  };
}

/** A copy of `item` with `startOffset` moved by `dOffset` and the named ranges (those it has) by `dLine` lines. */
function moved<T extends { startOffset: number }>(item: T, dOffset: number, dLine: number, rangeKeys: readonly (keyof T)[]): T {
  const copy = { ...item, startOffset: item.startOffset + dOffset };
  if (dLine) {
    for (const key of rangeKeys) {
      const range = item[key] as Range | undefined;
      if (range) (copy[key] as Range) = rangeMovedByLines(range, dLine);
    }
  }
  return copy;
}

/** A link draft (unitExtract.ts) moved by `d` to page offsets, its reference resolved against the page's definitions. */
function placeLink(draft: LinkDraft, d: number, lines: LineIndex, definitions: Map<string, string>): Link {
  const { label } = draft;
  const start = draft.start + d;
  const end = draft.end + d;
  if (draft.reference !== undefined) {
    const url = definitions.get(draft.reference) ?? '';
    const parsed = parseLinkTarget(url);
    return { ...parsed, text: label, target: url, range: lines.rangeOf(start, end), startOffset: start, viaReference: true };
  }
  const { parsed, written, dest } = draft;
  const targetStart = dest ? start + dest.start : undefined;
  return {
    kind: parsed.kind,
    path: parsed.path,
    fragment: parsed.fragment,
    text: label,
    target: written,
    range: lines.rangeOf(start, end),
    targetRange: targetStart === undefined ? undefined : lines.rangeOf(targetStart, targetStart + written.length),
    fragmentRange:
      targetStart === undefined || parsed.fragmentOffset === undefined
        ? undefined
        : lines.rangeOf(targetStart + parsed.fragmentOffset, targetStart + written.length),
    startOffset: start,
  };
}
