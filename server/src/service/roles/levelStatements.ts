import type { Level } from '../ladder/types';
import { lowerSameLength } from '../ladder/titleText';

/** What a ladder's level-statement patterns found: the level and where its name sits. */
export interface LevelStatement {
  level: Level;
  /** Offsets of the whole statement and of the level's name, in the text searched. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
}

interface CompiledPattern {
  before: string;
  after: string;
}

interface LevelName {
  name: string;
  level: Level;
}

/** Finds the level statements of one ladder in a stretch of text. */
export type LevelStatementFinder = (text: string, from: number, to: number) => LevelStatement[];

const MAX_PATTERNS = 50;
const MAX_PATTERN_LENGTH = 120;

/**
 * Compiles "is an {level}"-style patterns. The parts around `{level}` are literal text, matched ignoring
 * case with any run of white space standing for a space; `{level}` is one of the names of the levels
 * (title, code, aliases), longest first, as a whole word. No regular expression is made from ladder text:
 * each occurrence of a literal is tried once against the names, so the cost follows the text's length.
 */
export function compileLevelStatements(patterns: readonly string[], levels: readonly Level[]): LevelStatementFinder | undefined {
  const compiled: CompiledPattern[] = [];
  for (const pattern of patterns.slice(0, MAX_PATTERNS)) {
    if (pattern.length > MAX_PATTERN_LENGTH) continue;
    const at = pattern.indexOf('{level}');
    if (at < 0 || pattern.indexOf('{level}', at + 1) >= 0) continue;
    compiled.push({ before: squash(pattern.slice(0, at)), after: squash(pattern.slice(at + 7)) });
  }
  if (!compiled.length) return undefined;
  const names: LevelName[] = levels
    .flatMap((level) => [level.code, level.title, ...(level.aliases ?? [])].filter((n): n is string => !!n).map((name) => ({ name: squash(name), level })))
    .filter((entry) => entry.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  return (text, from, to) => {
    const { squashed, offsets } = squashWithOffsets(text, from, to);
    const found: LevelStatement[] = [];
    for (const pattern of compiled) {
      let index = pattern.before ? squashed.indexOf(pattern.before) : 0;
      while (index >= 0 && index <= squashed.length) {
        const nameAt = index + pattern.before.length;
        const hit = pattern.before && !boundaryBefore(squashed, index, pattern.before) ? undefined : nameHere(squashed, nameAt, names);
        if (hit && squashed.startsWith(pattern.after, nameAt + hit.name.length)) {
          const end = nameAt + hit.name.length + pattern.after.length;
          found.push({
            level: hit.level,
            start: offsets[index],
            end: offsets[end - 1] + 1,
            nameStart: offsets[nameAt],
            nameEnd: offsets[nameAt + hit.name.length - 1] + 1,
          });
        }
        if (!pattern.before) break; // a pattern that opens with {level} is tried at the start only
        index = squashed.indexOf(pattern.before, index + 1);
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

function nameHere(text: string, at: number, names: LevelName[]): LevelName | undefined {
  for (const entry of names) {
    if (!text.startsWith(entry.name, at)) continue;
    if (isWord(text[at + entry.name.length]) && isWord(entry.name[entry.name.length - 1])) continue;
    if (isWord(text[at - 1]) && isWord(entry.name[0])) continue;
    return entry;
  }
  return undefined;
}

function boundaryBefore(text: string, index: number, literal: string): boolean {
  return !(isWord(literal[0]) && isWord(text[index - 1]));
}

const WORD = /[\p{L}\p{N}]/u;

function isWord(character: string | undefined): boolean {
  return character !== undefined && WORD.test(character);
}

/** Lower case, every run of white space one space. */
function squash(text: string): string {
  return lowerSameLength(text.replace(/\s+/g, ' '));
}

/** The stretch lowered with white-space runs made one space, and each kept character's offset in the text. */
function squashWithOffsets(text: string, from: number, to: number): { squashed: string; offsets: number[] } {
  const out: string[] = [];
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0') {
      if (inSpace) continue;
      inSpace = true;
      out.push(' ');
    } else {
      inSpace = false;
      const lower = c.toLowerCase();
      out.push(lower.length === 1 ? lower : c);
    }
    offsets.push(i);
  }
  return { squashed: out.join(''), offsets };
}
