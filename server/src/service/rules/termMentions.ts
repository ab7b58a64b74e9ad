import type { Link, RoleDocument } from '../document/model';

/**
 * Why a listed term at `start`–`end` is not a use of it, if it is not: the word mentioned (in quotes,
 * "don't call people guys", "changing blacklist to …"), a name (a product, a course, a branch, a
 * path), or the verb "to master". What is left is a real use.
 */
export function notAUse(document: RoleDocument, start: number, end: number, links: readonly Link[]): string | undefined {
  const text = document.text;
  const before = text.slice(lineStartBefore(text, start), start);
  const after = text.slice(end, end + 40);
  if (QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(after)) return 'quoted';
  if (MENTIONED_BEFORE.test(before)) return 'mentioned';
  if (PATH_BEFORE.test(before) || PATH_AFTER.test(after)) return 'path';
  const written = text.slice(start, end);
  if (/^master$/i.test(written) && (VERB_BEFORE.test(before) || OBJECT_AFTER.test(after) || (opensSentence(before) && ACRONYM_AFTER.test(after)))) return 'verb';
  if (isName(written, before, after)) return 'name';
  if (inLinkNamingIt(document, start, written, links)) return 'link-title';
  return undefined;
}

const QUOTE_BEFORE = /["'“‘«]$/;
const QUOTE_AFTER = /^["'”’»]/;

/** Words that talk about the word, within the same sentence: "don't call … ", "changing … ", "instead of ". */
const MENTIONED_BEFORE =
  /(?:\b(?:do(?:n['’]t| not)|never|avoid(?:s|ing)?)\s+(?:call|say|use|write)\b[^.!?]{0,60}|\b(?:chang|renam|replac|switch)(?:e|es|ed|ing)\s+(?:(?:the|all|every|our)\s+)?(?:(?:word|term)s?\s+)?|\b(?:instead\s+of|rather\s+than|the\s+(?:word|term))\s+)$/i;

/** Part of a path, branch or identifier: `upstream/master`, `master_key`, `ci.master.yml`. */
const PATH_BEFORE = /[/\\_.@~-]$/;
const PATH_AFTER = /^[/\\_.:-][\p{L}\p{N}]/u;

/** "to master", "will master", "help them master": the verb, not the noun. */
const VERB_BEFORE = /\b(?:to|will|can|must|should|could|would|help(?:s|ed)?(?:\s+\w+)?|quickly|fully)\s+$/i;

/** "master the stack", "master your craft": the noun is never followed by a determiner. */
const OBJECT_AFTER = /^\s+(?:the|a|an|our|your|their|its|this|these|those|how|new|all|every|each)\b/i;

/** A sentence opening with "Master MEDPICC" is an imperative; mid-sentence, "master CE pipelines" is the noun. */
const ACRONYM_AFTER = /^\s+\p{Lu}{2,}\b/u;

/** A capitalised term inside a run of capitalised words ("Ninja Build", "Code Ninja Academy") or after "called". */
function isName(written: string, before: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(written)) return false;
  if (/\b(?:called|named|known\s+as)\s+$/i.test(before)) return true;
  // In a heading every word is capitalised, and at a sentence's start the capital says nothing.
  if (/^\s{0,3}#/.test(before) || opensSentence(before)) return false;
  const previous = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\s+$/u.exec(before);
  // "Hey Guys": a capital that opens the sentence is no part of a name.
  if (previous && !opensSentence(before.slice(0, previous.index))) return true;
  return /^\s+\p{Lu}[\p{Ll}]/u.test(after);
}

/** Whether only list marks, heading marks, emphasis or a sentence end stand before on the line. */
function opensSentence(before: string): boolean {
  return /^(?:[ \t]*(?:[-*+>|#]|\d+[.)]))*[ \t]*[*_]*$/.test(before) || /[.!?:;]\s+[*_]*$/.test(before);
}

/** Link text whose destination holds the same word names the page it links to (a heading, a branch, a course). */
function inLinkNamingIt(document: RoleDocument, start: number, written: string, links: readonly Link[]): boolean {
  // Links are in page order and do not nest: only the last one starting before the term can hold it.
  let lo = 0;
  let hi = links.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid].startOffset <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  const link = links[hi];
  return link !== undefined && start < document.lines.offsetAt(link.range.end) && link.target.toLowerCase().includes(written.toLowerCase());
}

function lineStartBefore(text: string, offset: number): number {
  const newline = text.lastIndexOf('\n', offset - 1);
  return Math.max(newline + 1, offset - 200);
}
