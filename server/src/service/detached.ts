/**
 * A copy of `text` that holds its own characters.
 *
 * V8 makes `page.slice(a, b)` (13 characters or more) a view that keeps the whole of `page` alive.
 * Whatever outlives one version of a page (an open page's trees, the tree cache's keys, its headings
 * and links; the index's summaries; memos) would then keep the whole page as it was when the piece
 * was cut: on an open 1 MB page, one more copy per keystroke. A JSON round trip makes a new string,
 * and one byte per character when it can be: a slice of a page holding any non-Latin-1 character is
 * two bytes per character, and so is a copy made by joining strings.
 */
export function detached(text: string): string;
export function detached(text: string | undefined): string | undefined;
export function detached(text: string | undefined): string | undefined {
  return text === undefined || text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
