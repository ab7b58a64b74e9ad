/** Opening tags; attribute text is bounded by `<` and `>` so the scan stays linear. */
const OPEN_TAG = /<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>/g;
const ATTRIBUTE = /(?:^|\s)(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

export interface HtmlAnchorMatch {
  id: string;
  /** Offsets of the id value within the scanned text. */
  start: number;
  end: number;
}

/** Ids an HTML fragment defines: `id` on any element, `name` on `<a>` (what browsers scroll to). */
export function findHtmlAnchors(html: string): HtmlAnchorMatch[] {
  const found: HtmlAnchorMatch[] = [];
  for (const tag of html.matchAll(OPEN_TAG)) {
    const attributes = tag[2];
    if (!attributes) continue;
    const attributesStart = (tag.index ?? 0) + 1 + tag[1].length;
    for (const attr of attributes.matchAll(ATTRIBUTE)) {
      const kind = attr[1].toLowerCase();
      if (kind === 'name' && tag[1].toLowerCase() !== 'a') continue;
      const value = attr[2] ?? attr[3] ?? attr[4] ?? '';
      if (!value) continue;
      const valueStart = attributesStart + (attr.index ?? 0) + attr[0].lastIndexOf(value);
      found.push({ id: value, start: valueStart, end: valueStart + value.length });
    }
  }
  return found;
}
