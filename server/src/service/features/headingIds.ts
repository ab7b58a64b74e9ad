import type { Heading } from '../document/model';
import type { SlugProfile } from '../document/slug';

/** Heading source reduced to the text a slug is made from: link markup, emphasis and code marks dropped. */
export function plainHeadingText(source: string): string {
  return source
    .replace(/!?\[([^\][]*)\]\([^)\]]*\)/g, '$1') // no `[`/`]` inside keeps `[[[…` linear
    .replace(/[*`]/g, '')
    .replace(/(^|\s)_+|(?<!_)_+(?=\s|$)/g, '$1') // lookbehind keeps `___…` linear
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ids a page's headings get when heading `renamed` reads `newSource`, de-duplicated as the page renders them. */
export function idsAfterRename(headings: Heading[], renamed: number, newSource: string, profile: SlugProfile): string[] {
  const dedupe = profile.createDeduplicator();
  for (const h of headings) if (h.explicitId) dedupe.reserve(h.explicitId);
  return headings.map((h, i) => {
    if (h.explicitId) return h.explicitId;
    const [plain, raw] = i === renamed ? [plainHeadingText(newSource), newSource.trim()] : [h.text, h.raw];
    return dedupe.next(profile.slug(plain, raw));
  });
}
