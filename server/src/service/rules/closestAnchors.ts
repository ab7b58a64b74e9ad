import { distance } from 'fastest-levenshtein';
import type { Anchor } from '../document/model';

export interface AnchorCandidate {
  id: string;
  distance: number;
}

/**
 * Ids near a fragment that matches none, best first. Distance is edit distance after lower-casing,
 * and a candidate must be close relative to its length so unrelated ids are never offered.
 */
export function findClosestAnchors(fragment: string, anchorsById: Map<string, Anchor[]>, limit = 3): AnchorCandidate[] {
  const wanted = fragment.toLowerCase();
  const scored: AnchorCandidate[] = [];
  for (const id of anchorsById.keys()) {
    const lower = id.toLowerCase();
    // Edit distance is at least the length difference: skip ids that cannot qualify (pages with thousands of ids).
    if (Math.abs(lower.length - wanted.length) > Math.max(2, Math.floor(Math.max(wanted.length, lower.length) * 0.4)) && !lower.startsWith(wanted) && !wanted.startsWith(lower)) continue;
    let d = distance(wanted, lower);
    if (lower.startsWith(wanted) || wanted.startsWith(lower)) d = Math.min(d, Math.abs(lower.length - wanted.length) / 2);
    const allowed = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) * 0.4));
    if (d <= allowed) scored.push({ id, distance: d });
  }
  return scored.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id)).slice(0, limit);
}
