import type { SectionKind } from '../ladder/types';
import type { SectionMatcher } from '../document/sectionMatcher';

// "- **Impact**: …", "* __Scope:__ …": a bullet that opens with a bold label.
const LABELED_BULLET = /^[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)([^*_\n]{1,60}?)(?:\*\*|__)/gm;

/** Section kinds a stretch gives as bold bullet labels, in the order they first appear. */
export function labelsIn(text: string, from: number, to: number, matchSection: SectionMatcher): SectionKind[] {
  const kinds: SectionKind[] = [];
  LABELED_BULLET.lastIndex = from;
  for (let found = LABELED_BULLET.exec(text); found && found.index < to; found = LABELED_BULLET.exec(text)) {
    const kind = matchSection(found[1].replace(/:\s*$/, ''))?.kind;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}
