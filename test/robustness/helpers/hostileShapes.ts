/** Hostile page shapes, by name, so a child process can rebuild one from its name alone. */

const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

/** One plausible role block, the unit the large pages repeat. */
function roleBlock(i: number): string {
  return [
    `## Senior Engineer ${i}`,
    '',
    '### Job Grade',
    '',
    `The Senior Engineer ${i} is a [grade 7](${GRADE_LINK}).`,
    '',
    '### Responsibilities',
    '',
    `- Extends that of the [Intermediate](#intermediate-${i}) responsibilities`,
    `- See [the ladder](#senior-engineer-${i}) and <a id="anchor-${i}"></a> here.`,
    '',
    '### Requirements',
    '',
    '| Skill | Level |',
    '| --- | --- |',
    `| Go | ${i % 5} |`,
    '',
  ].join('\n');
}

function repeatTo(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = unit(i);
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

export const hostileShapes = {
  /** 5 MB of realistic role blocks. */
  'page-5mb': () => repeatTo(5 * 1024 * 1024, (i) => roleBlock(i) + '\n'),
  /** 200,000 headings of mixed depth, some repeating (de-duplication), some sections. */
  'headings-200k': () =>
    Array.from({ length: 200_000 }, (_, i) =>
      i % 4 === 0 ? `## Role ${i % 1000}\n` : i % 4 === 1 ? '### Requirements\n' : i % 4 === 2 ? '### Responsibilities\n' : `#### Same\n`,
    ).join(''),
  /** 5,000 nested block quotes. */
  'nested-quotes-5k': () => Array.from({ length: 5000 }, (_, i) => '>'.repeat(i + 1) + ` quote [l](#x${i})\n`).join(''),
  /** One line that opens 5,000 block quotes. */
  'deep-quote-line': () => '> '.repeat(5000) + 'deep\n',
  /** 3,000 nested list items, each indented one step further. */
  'nested-lists-3k': () => Array.from({ length: 3000 }, (_, i) => '  '.repeat(i) + `- item ${i} [x](#y)\n`).join(''),
  /** A single line of 1 MB of words and link-ish punctuation. */
  'line-1mb': () => '# Title\n\n' + 'word [x] (y) *z* `q` <b> '.repeat(Math.ceil((1024 * 1024) / 26)) + '\n',
  /** `*a*a*a…`, 90 kB (under the block cap, so the parser sees it): the classic emphasis-delimiter storm. */
  'emphasis-storm': () => '*a'.repeat(45_000) + '\n',
  /** `**a_**a_…` mixing both delimiter kinds, unclosed, 88 kB. */
  'mixed-emphasis-storm': () => '**a_'.repeat(22_000) + '\n',
  /** `[[[[…` unbalanced brackets then 10,000 link tails, 90 kB. */
  'bracket-storm': () => '['.repeat(40_000) + 'x' + '](#a)'.repeat(10_000) + '\n',
  /** A link whose fragment is 200 kB, on a page with headings to compare it against (over the block cap). */
  'fragment-200kb': () => '# Title\n\n## Senior\n\n' + `[link](#${'a'.repeat(200 * 1024)})\n`,
  /** The same at 90 kB, which the parser does see. */
  'fragment-90kb': () => '# Title\n\n## Senior\n\n' + `[link](#${'senior'.repeat(15_000)})\n`,
  /** 805 KiB of short lists separated by paragraphs: quadratic for micromark when parsed whole. */
  'short-lists-805kib': () =>
    repeatTo(805 * 1024, (i) => `Paragraph ${i}.\n\n- one\n- two [x](#senior)\n\n`),
  /** 20,000 broken links against 20,000 headings: every link gets a did-you-mean search. */
  'broken-links-20k': () =>
    Array.from({ length: 20_000 }, (_, i) => `## Heading number ${i}\n`).join('') +
    Array.from({ length: 20_000 }, (_, i) => `[x](#heading-numbr-${i})\n`).join(''),
  /** 5,000 roles (2 MB) with grade claims, extends links and tables. */
  'roles-5k': () => Array.from({ length: 5_000 }, (_, i) => roleBlock(i)).join('\n'),
  /** An unclosed fence holding the rest of a large page. */
  'unclosed-fence': () => '```\n' + repeatTo(1024 * 1024, (i) => roleBlock(i)),
  /** An HTML block that never ends, with many id attributes. */
  'unclosed-html': () => '<div\n' + Array.from({ length: 50_000 }, (_, i) => `id="a${i}" name='b' x=y <a name=z${i}>`).join('\n'),
  /** Front matter that never closes. */
  'unclosed-front-matter': () => '---\ntitle: x\n' + 'key: [unbalanced\n'.repeat(50_000),
  /** 50,000 HTML comments with anchors inside. */
  'html-comments-50k': () => Array.from({ length: 50_000 }, (_, i) => `<!-- c${i} <a id="x${i}"> -->\n`).join(''),
  /** 22,000 `<!--` with no `-->`: a lazy comment regex is quadratic here. */
  'unclosed-comments': () => '<!-- ' + '<!--'.repeat(22_000) + '\n',
  /** Huge table: 2,000 columns × 100 rows. */
  'wide-table': () => {
    const row = (c: string) => '|' + Array.from({ length: 2000 }, () => c).join('|') + '|\n';
    return row('h') + row('---') + Array.from({ length: 100 }, (_, i) => row(`grade ${i}`)).join('');
  },
} satisfies Record<string, () => string>;

export type HostileShapeName = keyof typeof hostileShapes;

/** A one-line description of a text's shape for failure messages: never the text itself. */
export function describeShape(text: string): string {
  const lines = text.split('\n');
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  return `${text.length} chars, ${lines.length} lines, longest line ${longest}, starts ${JSON.stringify(text.slice(0, 40))}`;
}
