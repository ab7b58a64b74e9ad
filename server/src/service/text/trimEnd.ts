// Trimming a line's end by scanning back from it. A regex like /[\s:]+$/ retries from every
// start position on a long run of those characters, quadratic on a 50 kB line; these are linear.

/** `text` without the characters at its end for which `drop` holds. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

const WHITESPACE = /\s/u;

/** Whitespace (no-break spaces included) and colons at the end: "You should apply if: " → "You should apply if". */
export const withoutTrailingColon = (text: string): string => trimEndWhere(text, (c) => c === ':' || WHITESPACE.test(c));

/** Slashes at the end: "staff-engineer//" → "staff-engineer". */
export const withoutTrailingSlashes = (text: string): string => trimEndWhere(text, (c) => c === '/');

/** A last "(…)" with no parentheses inside, and the whitespace around it: "Engineer (CSE)" → "Engineer". */
export function withoutTrailingParentheses(text: string): string {
  const trimmed = trimEndWhere(text, (c) => WHITESPACE.test(c));
  if (!trimmed.endsWith(')')) return text;
  const open = trimmed.lastIndexOf('(');
  if (open < 0 || trimmed.indexOf(')', open) !== trimmed.length - 1) return text;
  return trimEndWhere(trimmed.slice(0, open), (c) => WHITESPACE.test(c));
}
