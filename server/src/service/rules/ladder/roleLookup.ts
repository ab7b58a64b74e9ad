import type { Heading, Role, RoleDocument, Section } from '../../document/model';

/** The innermost role whose block holds `offset`. */
export function roleAt(document: RoleDocument, offset: number): Role | undefined {
  let best: Role | undefined;
  for (const role of document.roles) {
    if (offset >= role.heading.startOffset && offset < role.endOffset) {
      if (!best || role.heading.startOffset >= best.heading.startOffset) best = role;
    }
  }
  return best;
}

export function sectionOfHeading(document: RoleDocument, heading: Heading): Section | undefined {
  return document.sections.find((s) => s.heading === heading);
}

/** The heading an id lands on: the first anchor with that id that belongs to a heading. */
export function headingForId(document: RoleDocument, id: string): Heading | undefined {
  const anchor = document.anchorsById.get(id)?.[0];
  return anchor?.headingIndex === undefined ? undefined : document.headings[anchor.headingIndex];
}
