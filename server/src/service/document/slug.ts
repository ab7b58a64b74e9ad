/**
 * Heading-id profiles: how the site that renders the handbook turns a heading into an id.
 * github: github-slugger; kramdown: Middleman-era GFM parser; hugo: goldmark's `github` ids.
 */
export type SlugProfileName = 'github' | 'kramdown' | 'hugo';

export interface SlugProfile {
  readonly name: SlugProfileName;
  /** Id text for a heading, before de-duplication. `plain` has formatting removed, `raw` is the source. */
  slug(plain: string, raw: string): string;
  /** A builder that turns repeated ids into `-1`, `-2`, … the way this generator does. */
  createDeduplicator(): IdDeduplicator;
}

export interface IdDeduplicator {
  /** Marks an explicit id as taken so no automatic id reuses it. */
  reserve(id: string): void;
  next(base: string): string;
}

const NOT_ID_CHAR = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;

function githubSlug(text: string): string {
  return text.toLowerCase().replace(NOT_ID_CHAR, '').replace(/ /g, '-');
}

/** kramdown typographic conversion happens before slugging: `--` and `---` become dashes that are then dropped. */
function kramdownSlug(text: string): string {
  const typographic = text.replace(/---/g, '\u2014').replace(/--/g, '\u2013').replace(/\.\.\./g, '\u2026');
  return typographic
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, '')
    .replace(/[ \t]/g, '-');
}

function hugoSlug(raw: string): string {
  let out = '';
  for (const ch of raw.trim()) {
    if (ch === ' ' || ch === '\t' || ch === '-') out += '-';
    else if (/[\p{L}\p{N}_]/u.test(ch)) out += ch.toLowerCase();
  }
  return out === '' ? 'heading' : out;
}

/** First unused `-N` suffix, explicit ids reserved (github-slugger and goldmark). */
class FirstUnusedDeduplicator implements IdDeduplicator {
  readonly #used = new Set<string>();
  /** Where each base's search resumes: every smaller suffix is taken (the set only grows), so N repeats stay linear. */
  readonly #nextSuffix = new Map<string, number>();
  reserve(id: string): void {
    this.#used.add(id);
  }
  next(base: string): string {
    let id = base;
    let n = this.#used.has(id) ? this.#nextSuffix.get(base) ?? 1 : 1;
    if (n > 1) id = `${base}-${n}`;
    for (; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#nextSuffix.set(base, n);
    this.#used.add(id);
    return id;
  }
}

/** kramdown counts repeats of each base id and does not check collisions with other ids. */
class CountingDeduplicator implements IdDeduplicator {
  readonly #counts = new Map<string, number>();
  reserve(): void {}
  next(base: string): string {
    const n = (this.#counts.get(base) ?? -1) + 1;
    this.#counts.set(base, n);
    return n === 0 ? base : `${base}-${n}`;
  }
}

export const slugProfiles: Record<SlugProfileName, SlugProfile> = {
  github: { name: 'github', slug: (plain) => githubSlug(plain.trim()), createDeduplicator: () => new FirstUnusedDeduplicator() },
  kramdown: { name: 'kramdown', slug: (plain) => kramdownSlug(plain.trim()), createDeduplicator: () => new CountingDeduplicator() },
  hugo: { name: 'hugo', slug: (_plain, raw) => hugoSlug(raw), createDeduplicator: () => new FirstUnusedDeduplicator() },
};

export function isSlugProfileName(value: unknown): value is SlugProfileName {
  return value === 'github' || value === 'kramdown' || value === 'hugo';
}
