/** Longest glob a ladder may give; with the path's length it bounds the table below. */
export const MAX_GLOB_LENGTH = 200;

type Token = 'any' | 'dirs' | 'star' | 'one' | { char: string };

/**
 * Whether `path` matches `glob`, ignoring case: `**` any characters, `**​/` any folders or none, `*` any
 * but `/`, `?` one but `/`; a glob that does not start with `/` or `**` matches at any depth. A table over
 * glob × path (no backtracking, no regular expression made from ladder text): a hostile glob costs at
 * most glob length × path length.
 */
export function globMatches(glob: string, path: string): boolean {
  if (!glob || glob.length > MAX_GLOB_LENGTH) return false;
  const pattern = glob.startsWith('/') ? glob.slice(1) : glob.startsWith('**') ? glob : `**/${glob}`;
  const text = path.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
  return matchTable(tokens(pattern.toLowerCase()), text);
}

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('**/', i)) {
      out.push('dirs');
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      out.push('any');
      i += 1;
    } else if (pattern[i] === '*') out.push('star');
    else if (pattern[i] === '?') out.push('one');
    else out.push({ char: pattern[i] });
  }
  return out;
}

function matchTable(pattern: Token[], text: string): boolean {
  // row[j]: the tokens so far match text[0, j).
  let row = new Uint8Array(text.length + 1);
  row[0] = 1;
  for (const token of pattern) {
    const next = new Uint8Array(text.length + 1);
    let reach = 0;
    for (let j = 0; j <= text.length; j++) {
      const before = j > 0 ? text[j - 1] : '';
      if (token === 'any') {
        reach |= row[j];
        next[j] = reach;
      } else if (token === 'dirs') {
        next[j] = row[j] || (before === '/' && reach) ? 1 : 0;
        reach |= row[j];
      } else if (token === 'star') {
        if (before === '/') reach = 0;
        reach |= row[j];
        next[j] = reach;
      } else if (j > 0 && row[j - 1]) {
        next[j] = token === 'one' ? (before !== '/' ? 1 : 0) : before === token.char ? 1 : 0;
      }
    }
    row = next;
  }
  return row[text.length] === 1;
}
