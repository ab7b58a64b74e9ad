/**
 * A copy of `slice` that holds its own characters.
 *
 * V8 makes `text.slice(a, b)` (13 characters or more) a view that keeps the whole of `text` alive.
 * Whatever an open page keeps from one version to the next (parsed trees, the tree cache's keys,
 * headings, links) would then keep the whole page as it was when that piece was made: one more
 * copy of a 1 MB page per keystroke, never freed. Joining makes a new flat string; the slice of it
 * keeps only that.
 */
export function ownCopy(slice: string): string {
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}
