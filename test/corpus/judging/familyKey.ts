/**
 * How corpus pages are grouped into job families before the split: the same family appears as a
 * 2022 Middleman page (`job-families/<dept>/<family>/index.html.md`) and a 2025 Hugo page
 * (`docsy-as-module/<family>_1_1.md`), and both must land in the same half.
 */
export const FAMILY_KEY_RULE =
  'basename in lower case (the folder name for index.html.md), without .html.md/.md and without the trailing _<digits> version suffixes; ' +
  'a Hugo _index page takes the slug of its front-matter title; FAMILY_ALIASES joins renamed twins; ' +
  'pages whose front-matter titles are equal (lower case, punctuation dropped) join one family under the first key';

/** Twins the name and title miss (renamed between the sites), found by the lines the two pages share. */
export const FAMILY_ALIASES: Record<string, string> = {
  engineer: 'incubation-engineer',
  distinguished: 'distinguished-engineer',
};

const VERSION_SUFFIX = /(?:_\d+)+$/;
const EXTENSION = /\.(?:html\.)?md$/i;

/** The slug of a title: lower case words joined by hyphens. */
export function titleSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The family key of a corpus page from its path (relative to the corpus root, `/`-separated) and its front-matter title. */
export function familyKeyOf(relativePath: string, title: string | undefined): string {
  const parts = relativePath.split('/');
  let name = parts[parts.length - 1];
  if (/^index\.html\.md$/i.test(name) && parts.length > 1) name = parts[parts.length - 2];
  const base = name.replace(EXTENSION, '').replace(VERSION_SUFFIX, '').toLowerCase();
  // Hugo section pages are all named _index; only the title tells them apart.
  if (base === '_index' && title) return titleSlug(title);
  return FAMILY_ALIASES[base] ?? base;
}

/** The front-matter `title:` of a page, unquoted, or undefined. */
export function frontMatterTitle(text: string): string | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const line = block && /^title:\s*(.+)$/m.exec(block[1]);
  return line ? line[1].trim().replace(/^(["'])(.*)\1$/, '$2') : undefined;
}
