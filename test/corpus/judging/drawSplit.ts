import { seededRandom } from '../../helpers/seededRandom';
import { FAMILY_KEY_RULE } from './familyKey';
import type { CorpusSplit, Half } from './corpusSplit';

/**
 * Splits the families in two: families holding a forced page (reference pages, the corpus notes)
 * go to tuning; the others are shuffled with the seed and the first half of all families goes to heldOut.
 */
export function drawSplit(families: Map<string, string[]>, forcedToTuning: Set<string>, seed: number): CorpusSplit {
  const keys = [...families.keys()].sort();
  const forced = keys.filter((k) => families.get(k)!.some((p) => forcedToTuning.has(p)));
  const free = keys.filter((k) => !forced.includes(k));
  const random = seededRandom(seed);
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [free[i], free[j]] = [free[j], free[i]];
  }
  const heldOutCount = Math.floor(keys.length / 2);
  const half = new Map<string, Half>(free.map((k, i) => [k, i < heldOutCount ? 'heldOut' : 'tuning']));
  const split: CorpusSplit = {
    seed,
    keyRule: FAMILY_KEY_RULE,
    method:
      `families sorted by key; families holding a reference page (SOURCES.md) or the corpus notes go to tuning; ` +
      `the rest shuffled (Fisher-Yates, mulberry32 seeded with the seed) and the first floor(families/2) go to heldOut`,
    families: {},
  };
  for (const k of keys) split.families[k] = { half: half.get(k) ?? 'tuning', pages: families.get(k)! };
  return split;
}

/** The pages SOURCES.md marks "reference page": the first backticked path of each such table row. */
export function referencePages(sourcesText: string): Set<string> {
  const pages = new Set<string>();
  for (const line of sourcesText.split(/\r?\n/)) {
    const path = /^\| `([^`]+)`/.exec(line);
    if (path && /reference page/.test(line)) pages.add(path[1]);
  }
  return pages;
}
