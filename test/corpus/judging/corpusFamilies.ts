import { familyKeyOf, titleSlug } from './familyKey';

export interface CorpusPage {
  /** Path relative to the corpus root, `/`-separated. */
  path: string;
  title: string | undefined;
}

/** Family key → its pages (sorted): pages share a family by key or by equal title, so a twin never lands in the other half. */
export function groupFamilies(pages: CorpusPage[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)].sort();
    parent.set(rb, ra);
  };
  const keyOfPage = new Map<string, string>();
  const keyOfTitle = new Map<string, string>();
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const key = familyKeyOf(page.path, page.title);
    keyOfPage.set(page.path, key);
    if (!parent.has(key)) parent.set(key, key);
    const slug = page.title ? titleSlug(page.title) : '';
    if (!slug) continue;
    const seen = keyOfTitle.get(slug);
    if (seen === undefined) keyOfTitle.set(slug, key);
    else join(seen, key);
  }
  const families = new Map<string, string[]>();
  for (const [path, key] of keyOfPage) {
    const root = find(key);
    families.set(root, [...(families.get(root) ?? []), path].sort());
  }
  return new Map([...families].sort(([a], [b]) => a.localeCompare(b)));
}
