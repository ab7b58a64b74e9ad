import type { CommentSpan } from './htmlComments';

/** `<a …>` opening tags; attribute text is bounded by `<` and `>` so the scan stays linear. */
const ANCHOR_TAG = /<a(\s[^<>]*)>/gi;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const CLOSING_A = /<\/a\s*>/i;

export interface HtmlLinkMatch {
  href: string;
  /** The link text when `</a>` is in the same HTML, tags removed; else the href. */
  label: string;
  /** Offsets of the `<a …>` tag within the scanned text. */
  start: number;
  end: number;
  /** Offsets of the href value within the scanned text. */
  hrefStart: number;
  hrefEnd: number;
}

/** The `<a href>` links of an HTML fragment, outside its comments: a fragment in one points into a page like a markdown link. */
export function findHtmlLinks(html: string, comments: readonly CommentSpan[]): HtmlLinkMatch[] {
  const found: HtmlLinkMatch[] = [];
  for (const tag of html.matchAll(ANCHOR_TAG)) {
    const start = tag.index ?? 0;
    if (comments.some((c) => start >= c.start && start < c.end)) continue;
    const href = HREF.exec(tag[1]);
    if (!href) continue;
    const value = href[1] ?? href[2] ?? href[3] ?? '';
    const hrefStart = start + 2 + (href.index ?? 0) + href[0].lastIndexOf(value);
    const end = start + tag[0].length;
    const rest = html.slice(end, end + 300);
    const close = CLOSING_A.exec(rest);
    const inner = close ? rest.slice(0, close.index).replace(/<[^<>]*>/g, '').trim() : '';
    found.push({ href: value, label: inner || value, start, end, hrefStart, hrefEnd: hrefStart + value.length });
  }
  return found;
}
