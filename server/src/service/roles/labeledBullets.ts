import type { SectionKind } from '../ladder/types';
import type { SectionMatcher } from '../document/sectionMatcher';

// "- **Impact**: …", "* __Scope:__ …": a bullet that opens with a bold label.
const LABELED_BULLET = /^[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)([^*_\n]{1,60}?)(?:\*\*|__)/gm;

/** Section kinds a stretch gives as bold bullet labels, in the order they first appear. */
export function labelsIn(text: string, from: number, to: number, matchSection: SectionMatcher): SectionKind[] {
  const kinds: SectionKind[] = [];
  // The stretch alone: searched in the whole text, a stretch with no label would scan on to the page's end.
  const stretch = text.slice(from, to);
  LABELED_BULLET.lastIndex = 0;
  for (let found = LABELED_BULLET.exec(stretch); found; found = LABELED_BULLET.exec(stretch)) {
    const kind = matchSection(found[1].replace(/:\s*$/, ''))?.kind;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}
