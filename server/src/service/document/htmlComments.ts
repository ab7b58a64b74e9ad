/** An HTML comment's place in a text: `<!--` at `start`, `-->` ending at `end`, `body` between. */
export interface CommentSpan {
  start: number;
  end: number;
  body: string;
}

/**
 * The `<!-- … -->` comments of a text, left to right. A scan with indexOf rather than a lazy regex:
 * once one `<!--` finds no `-->`, no later one can, so many unclosed openers stay linear.
 */
export function findHtmlComments(text: string): CommentSpan[] {
  const out: CommentSpan[] = [];
  for (let from = 0; ; ) {
    const start = text.indexOf('<!--', from);
    if (start === -1) return out;
    const close = text.indexOf('-->', start + 4);
    if (close === -1) return out;
    out.push({ start, end: close + 3, body: text.slice(start + 4, close) });
    from = close + 3;
  }
}

/** The text with every closed comment removed. */
export function withoutHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (const c of findHtmlComments(text)) {
    out += text.slice(from, c.start);
    from = c.end;
  }
  return out + text.slice(from);
}
