import type { Link, RoleDocument } from '../document/model';
import type { AnchorSummary, HeadingSummary, PageSummary, WorkspaceIndex } from '../workspaceIndex/workspaceIndex';

/** Where a link goes: the page, and the anchor its fragment lands on when there is one. */
export interface LinkLanding {
  uri: string;
  page: PageSummary;
  fragment?: string;
  anchor?: AnchorSummary;
  heading?: HeadingSummary;
}

/** The summary of `uri`, taking the live document for the page being edited. */
export async function pageSummary(index: WorkspaceIndex, document: RoleDocument, uri: string): Promise<PageSummary | undefined> {
  if (uri === document.uri) {
    await index.ready();
    return index.sync(document);
  }
  return index.page(uri);
}

/**
 * The anchor an id names on a page (the first with that id, as browsers scroll to it) and the
 * heading it belongs to; an HTML anchor stands on its own, since it may sit before its heading.
 */
export function anchorFor(page: PageSummary, id: string): { anchor?: AnchorSummary; heading?: HeadingSummary } {
  const anchor = page.anchorById(id);
  const owned = anchor && anchor.source !== 'html' && anchor.headingIndex !== undefined;
  return { anchor, heading: owned ? page.heading(anchor.headingIndex!) : undefined };
}

/** Resolves a fragment, site-path or relative link of `document` to a workspace page and anchor. */
export async function landingOf(index: WorkspaceIndex, document: RoleDocument, link: Link): Promise<LinkLanding | undefined> {
  if (link.kind !== 'fragment' && link.kind !== 'site-path' && link.kind !== 'relative') return undefined;
  const uri = await index.resolveLink(document.uri, link);
  if (!uri) return undefined;
  const page = await pageSummary(index, document, uri);
  if (!page) return undefined;
  const found = link.fragment === undefined ? {} : anchorFor(page, link.fragment);
  return { uri, page, fragment: link.fragment, ...found };
}
