import { proseSpans, type OffsetSpan, type RoleDocument } from '../document/model';

export interface ProseMatch {
  match: RegExpMatchArray;
  /** Offsets of the whole match in the page. */
  start: number;
  end: number;
}

/** Every match of a global `pattern` in the page's prose (text nodes only, or the given ones), with page offsets. */
export function proseMatches(document: RoleDocument, pattern: RegExp, spans: readonly OffsetSpan[] = proseSpans(document)): ProseMatch[] {
  const found: ProseMatch[] = [];
  for (const span of spans) {
    for (const match of document.text.slice(span.start, span.end).matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      found.push({ match, start, end: start + match[0].length });
    }
  }
  return found;
}

/** Per prose run (its key) and hint: which of the run's spans the hint matches in. */
const heldByRun = new WeakMap<object, Map<RegExp, readonly number[]>>();
const NONE: readonly number[] = [];

/**
 * The text nodes in which the global `hint` matches. With a hint that matches inside every match of
 * a pattern, these are the only nodes the pattern needs searching. The answer is kept per parse
 * unit's text, so a keystroke searches the unit it changed, not the page again.
 */
export function spansHolding(document: RoleDocument, hint: RegExp): OffsetSpan[] {
  const out: OffsetSpan[] = [];
  for (const { key, offset, spans } of document.proseRuns) {
    let byHint = heldByRun.get(key);
    if (!byHint) heldByRun.set(key, (byHint = new Map()));
    let held = byHint.get(hint);
    if (!held) byHint.set(hint, (held = spansHoldingIn(document.text, offset, spans, hint)));
    for (const i of held) out.push({ start: offset + spans[i], end: offset + spans[i + 1] });
  }
  return out;
}

/**
 * Where in `spans` (start and end in turn, relative to `offset`) each span the hint matches in
 * begins, searching only the run's own text: a match that would run on past it is no match of a
 * pattern inside one span, which is all `proseMatches` finds. The run is scanned once, from span to
 * span, rather than each span sliced and searched.
 */
function spansHoldingIn(text: string, offset: number, spans: readonly number[], hint: RegExp): readonly number[] {
  const base = spans[0];
  const runText = text.slice(offset + base, offset + spans[spans.length - 1]);
  const held: number[] = [];
  // The first hint match at or after `searchedFrom` begins at `hitAt` (the run's length when none).
  let searchedFrom = -1;
  let hitAt = -1;
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] - base;
    if (start < searchedFrom || start > hitAt) {
      hint.lastIndex = start;
      searchedFrom = start;
      hitAt = hint.exec(runText)?.index ?? runText.length;
    }
    if (hitAt < spans[i + 1] - base) held.push(i);
  }
  return held.length ? held : NONE;
}

/** `word` written in the letter case of `like`: UPPER, Capitalised or lower. */
export function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] && like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word.toLowerCase();
}
