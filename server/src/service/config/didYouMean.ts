import { distance } from 'fastest-levenshtein';

/** The known name closest to a misspelt one, when it is close enough to be what was meant. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  // A third of the letters may differ: "ladders" → "ladder", "slug-profile" → "slugProfile", not "x" → "ladder".
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: { name: string; cost: number } | undefined;
  for (const candidate of known) {
    const cost = distance(wanted, candidate.toLowerCase());
    if (cost <= limit && (!best || cost < best.cost)) best = { name: candidate, cost };
  }
  return best?.name;
}
