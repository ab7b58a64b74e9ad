import type { Finding } from '../types';
import type { RoleDocument } from '../document/model';
import { proseMatches, spansHolding } from './proseMatches';

/** `[text](dest with spaces)`: left as text by the parser, since a destination may hold no space unless in `<…>`. */
const SPACED_DESTINATION = /(?<![\\\]!])\[([^[\]\n]{1,300})\]\(((?:#|\/|https?:\/\/)[^()\s]{0,400}[ \t][^()\n]{0,400}?)\)/g;

/** `[text]/path)` or `[text]#id)`: the `(` is missing; the path must look like one (and an id start with a letter) so "[A]/B)" and "[x]#12)" in prose are not taken. */
const MISSING_PARENTHESIS = /(?<![\\\]!])\[([^[\]\n]{1,300})\]((?:\/[\w.~%-]{1,200}\/[^\s()[\]]{0,400}|#\p{L}[\p{L}\p{N}_-]{0,200}|https?:\/\/[^\s()[\]]{1,400}))\)/gu;

/** Every such text holds `](` or `]` before a destination: only text nodes with it are searched. */
const TEXT_LINK_HINT = /\]\(|\][/#]|\]https?:/g;

/** Links the parser left as plain text because of a typo in their destination. */
export function linkTextMistakes(ruleId: string, document: RoleDocument): Finding[] {
  const spans = spansHolding(document, TEXT_LINK_HINT);
  if (!spans.length) return [];
  const spaced = proseMatches(document, SPACED_DESTINATION, spans).map(({ match, start, end }): Finding => {
    const [written, text, target] = match;
    const id = target.startsWith('#') ? headingIdNamed(document, target.slice(1)) : undefined;
    const range = document.lines.rangeOf(start, end);
    return {
      ruleId,
      range,
      message: `Not a link: remove the spaces in its target '${target}'; '${written}' renders as plain text.`,
      fixes: id
        ? [{ title: `Change the link to '#${id}'`, edits: [{ range, newText: `[${text}](#${id})` }], safe: true, preferred: true }]
        : undefined,
      data: { kind: 'spaced-target', target },
    };
  });
  const unopened = proseMatches(document, MISSING_PARENTHESIS, spans).map(({ match, start, end }): Finding => {
    const [written, text, target] = match;
    const bracket = document.lines.rangeOf(start + text.length + 2, start + text.length + 2);
    return {
      ruleId,
      range: document.lines.rangeOf(start, end),
      message: `Not a link: add the missing '(' before its target '${target}' in '${written}'.`,
      fixes: [{ title: "Insert the missing '('", edits: [{ range: bracket, newText: '(' }], safe: true, preferred: true }],
      data: { kind: 'missing-parenthesis', target },
    };
  });
  return [...spaced, ...unopened];
}

/** The id of the page's heading whose text is `name` ignoring case and spacing: "#Vice President, X" meant it. */
function headingIdNamed(document: RoleDocument, name: string): string | undefined {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return document.headings.find((h) => h.text.replace(/\s+/g, ' ').toLowerCase() === wanted)?.id;
}
