/** Where one edit changed a page: `old[start, oldEnd)` became `text[start, newEnd)`. */
export interface ChangedStretch {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The one stretch that differs: `old[start, oldEnd)` became `text[start, newEnd)`. */
export function changedStretch(old: string, text: string): ChangedStretch {
  const shorter = Math.min(old.length, text.length);
  let start = 0;
  // Whole chunks compare as strings (a native comparison), then characters within the first that differs.
  const CHUNK = 8_192;
  while (start + CHUNK <= shorter && old.slice(start, start + CHUNK) === text.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let same = 0;
  const most = shorter - start;
  while (same + CHUNK <= most && old.slice(old.length - same - CHUNK, old.length - same) === text.slice(text.length - same - CHUNK, text.length - same)) same += CHUNK;
  while (same < most && old.charCodeAt(old.length - same - 1) === text.charCodeAt(text.length - same - 1)) same++;
  return { start, oldEnd: old.length - same, newEnd: text.length - same };
}
