/**
 * A copy of `text` that holds its own characters.
 *
 * V8 makes `page.slice(a, b)` (13 characters or more) a view that keeps the whole of `page` alive.
 * Whatever outlives one version of a page (an open page's trees, the tree cache's keys, its headings
 * and links; the index's summaries; memos) would then keep the whole page as it was when the piece
 * was cut: on an open 1 MB page, one more copy per keystroke. Joining makes a new flat string; the
 * slice of that keeps only the copy.
 */
export function detached(text: string): string;
export function detached(text: string | undefined): string | undefined;
export function detached(text: string | undefined): string | undefined {
  return text === undefined || text.length < 13 ? text : (' ' + text).slice(1);
}
