import type { Position } from 'vscode-languageserver-types';
import type { Anchor, GradeClaim, Heading, Link, RoleDocument } from '../document/model';
import { containsPosition } from './positions';

/** What the cursor is on, most specific first. */
export type CursorTarget =
  | { kind: 'grade'; claim: GradeClaim }
  | { kind: 'subject'; claim: GradeClaim }
  | { kind: 'link'; link: Link }
  | { kind: 'anchor'; anchor: Anchor }
  | { kind: 'heading'; heading: Heading };

/** Offset of the word "grade" that introduces a claim's number, so hovering the word counts. */
function gradeWordOffset(document: RoleDocument, claim: GradeClaim): number {
  const valueOffset = document.lines.offsetAt(claim.valueRange.start);
  const at = document.text.slice(claim.startOffset, valueOffset).toLowerCase().lastIndexOf('grade');
  return at === -1 ? valueOffset : claim.startOffset + at;
}

export function targetAt(document: RoleDocument, position: Position): CursorTarget | undefined {
  for (const claim of document.gradeClaims) {
    const hot = { start: document.lines.positionAt(gradeWordOffset(document, claim)), end: claim.range.end };
    if (containsPosition(hot, position)) return { kind: 'grade', claim };
    if (claim.subjectRange && containsPosition(claim.subjectRange, position)) return { kind: 'subject', claim };
  }
  const link = document.links.find((l) => containsPosition(l.range, position));
  if (link) return { kind: 'link', link };
  const anchor = document.anchors.find((a) => a.source === 'html' && containsPosition(a.range, position));
  if (anchor) return { kind: 'anchor', anchor };
  const heading = document.headings.find((h) => containsPosition(h.range, position));
  if (heading) return { kind: 'heading', heading };
  return undefined;
}
