import { findLoweredPhrase, lowerSameLength, normalizeTitle, type PhrasePlace } from './titleText';

/** Titles are short; past this many characters a heading is prose, and only its start is classified. */
const MAX_TITLE_LENGTH = 300;
import type { FamilyOverride, Ladder, Level, LevelMatch, LevelMatchResult } from './types';

export function levelById(ladder: Ladder, id: string): Level | undefined {
  return ladder.levels.find((level) => level.id === id);
}

/** The individual-contributor track: the one with id "ic", else the first listed. */
export function icTrackId(ladder: Ladder): string | undefined {
  return ladder.tracks.find((track) => track.id === 'ic')?.id ?? ladder.tracks[0]?.id;
}

/** A level's grade, as the family's own table gives it when there is one. */
export function gradeOf(ladder: Ladder, levelId: string, family?: FamilyOverride): number | undefined {
  const level = levelById(ladder, levelId);
  if (!level) return undefined;
  return family && Object.hasOwn(family.grades, levelId) ? family.grades[levelId] : level.grade;
}

/** The first listed family whose path fragments occur in the page path or whose title fragments occur in the title. */
export function familyFor(ladder: Ladder, pagePath: string, frontMatterTitle?: string): FamilyOverride | undefined {
  const path = pagePath.replace(/\\/g, '/').toLowerCase();
  const title = frontMatterTitle?.toLowerCase();
  const contains = (text: string | undefined, fragments: string[] | undefined) =>
    text !== undefined && (fragments ?? []).some((fragment) => text.includes(fragment.toLowerCase()));
  return ladder.families.find((family) => contains(path, family.pathIncludes) || contains(title, family.titleIncludes));
}

interface Candidate {
  level: Level;
  start: number;
  length: number;
  outranksIc: boolean;
}

const places: [keyof LevelMatch, PhrasePlace][] = [
  ['words', 'anywhere'],
  ['startsWith', 'start'],
  ['endsWith', 'end'],
];

/**
 * Which level a heading or sentence subject names.
 * 1. Normalise: drop markdown emphasis, links and heading marks, collapse Unicode whitespace, drop a leading "The".
 * 2. Every phrase of every level is matched as whole words, ignoring case (words anywhere, startsWith/endsWith at the edges).
 * 3. A match on any track other than the IC track beats an IC match ("Manager, X" over "X"; "Principal Accounting
 *    Officer" over "Principal"); then the longer phrase wins ("Senior Distinguished" over "Senior"); then the level
 *    listed first.
 * 4. No match: the IC track's base level, with explicit false. Only an empty title gives undefined.
 * A title that is exactly a level's title ("Manager" under "## Levels") names that level.
 */
export function classifyTitle(ladder: Ladder, title: string): LevelMatchResult | undefined {
  const text = normalizeTitle(title.length > MAX_TITLE_LENGTH * 2 ? title.slice(0, MAX_TITLE_LENGTH * 2) : title).slice(0, MAX_TITLE_LENGTH);
  if (!text) return undefined;
  const lowered = lowerSameLength(text);
  const exact = ladder.levels.find((level) => level.title.toLowerCase() === text.toLowerCase());
  if (exact) return { level: exact, explicit: true, matched: text };
  const icTrack = icTrackId(ladder);
  let best: Candidate | undefined;
  for (const level of ladder.levels) {
    for (const [key, place] of places) {
      for (const phrase of level.match[key] ?? []) {
        const start = findLoweredPhrase(lowered, phrase, place);
        if (start < 0) continue;
        const candidate = { level, start, length: phrase.trim().length, outranksIc: level.track !== icTrack };
        if (!best || beats(candidate, best)) best = candidate;
      }
    }
  }
  if (best) return { level: best.level, explicit: true, matched: text.slice(best.start, best.start + best.length) };
  const baseId = icTrack === undefined ? undefined : ladder.baseLevels[icTrack];
  const base = baseId === undefined ? undefined : levelById(ladder, baseId);
  return base ? { level: base, explicit: false } : undefined;
}

function beats(candidate: Candidate, best: Candidate): boolean {
  if (candidate.outranksIc !== best.outranksIc) return candidate.outranksIc;
  return candidate.length > best.length;
}
