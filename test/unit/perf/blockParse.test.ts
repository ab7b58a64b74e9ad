import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown, parseMarkdownWhole, ParseCache, defaultParseLimits } from '../../../server/src/service/parse/parseMarkdown';
import { blockStarts } from '../../../server/src/service/parse/blockSplit';

/** The trees this file's parses share, as a service's do. */
const parseCache = new ParseCache();

/** Pages built to trip a block splitter: each must parse exactly as the whole page does. */
const pages: Record<string, string> = {
  'front matter with a # comment': '---\ntitle: A\n# not a heading\n---\n# Title\n\ntext\n',
  'unclosed front matter': '---\ntitle: A\n# Heading\n\nWords\n',
  'fence hides headings': '# A\n\n```md\n# not a heading\n\nParagraph-looking line\n```\n\n# B\n',
  'unclosed fence to the end': '# A\n\n~~~~\n# x\n\nWords\n~~~\n# y\n',
  'fence in a list closes with the list': '- item\n  ```\n  code\n# B\n\ntext\n',
  'html comment over a heading': '# A\n\n<!--\n# hidden\n\nWords\n-->\n# B\n',
  'html div without blank line': '# A\n\n<div>\n# inside the html block\n</div>\n\n# B\n',
  'html type 1': '# A\n\n<script>\nx\n\n# y\n</script>\n# B\n',
  'definitions in other blocks': '# A\n\nSee [the ladder][ladder] and [Ladder] and [x][].\n\n# B\n\n[ladder]: /ladder/#levels\n[X]: /x\n',
  'definition look-alike in code': '# A\n\n[ref] here\n\n# B\n\n```\n[ref]: /nowhere\n```\n',
  'multi-line label': '# A\n\n[foo\nbar]\n\n# B\n\n[foo bar]: /url\n',
  'footnotes across blocks': '# A\n\nClaim[^1].\n\n# B\n\n[^1]: Source.\n',
  'table then heading': '# A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n# B\n\n| c |\n|---|\nPara after table\n',
  'lists and paragraphs': '# A\n\n- one\n- two\n\nWords after a list.\n\n1. first\n\n2. second\n\nMore words\n- x\n\n  continued\n\nEnd\n',
  'block quote': '> quote\n# A\n> q\n\nLazy\n',
  'CRLF and CR': '# A\r\n\r\ntext\r\n# B\r\rWords\r',
  'setext and empty heading': 'Title\n=====\n#\n# \ntext\n',
  'unicode labels': '# A\n\n[STRASSE]\n\n# B\n\n[straße]: /s\n',
  'indented code first on a page that cites a footnote': '    code\nClaim[^1].\n\n# B\n\n[^1]: Source.\n',
  'front matter naming a definition label': '---\ntitle: "[x]"\n---\n# A\n\nSee [x].\n\n[x]: /y\n',
};

for (const [name, text] of Object.entries(pages)) {
  test(`block parse equals whole parse: ${name}`, () => {
    parseCache.trees.clear();
    const { tree, skipped } = parseMarkdown(text, defaultParseLimits, parseCache);
    assert.deepEqual(skipped, []);
    assert.deepEqual(tree, parseMarkdownWhole(text));
    // Parsed again from the block cache: still equal.
    assert.deepEqual(parseMarkdown(text, defaultParseLimits, parseCache).tree, parseMarkdownWhole(text));
  });
}

test('headings and paragraphs after blank lines are block starts; lines in front matter are not', () => {
  assert.deepEqual(blockStarts('---\na: 1\n---\n# A\ntext\n\nWords\n- x\n\n# B\n'), [0, 13, 23, 34]);
});

test('a block over the size cap is not parsed, and the skip is reported with its offsets', () => {
  parseCache.trees.clear();
  const big = '# Big\n\n' + '- *item*\n'.repeat(200);
  const text = '# A\n\nwords\n\n' + big + '# C\n';
  const { tree, skipped } = parseMarkdown(text, { maxBlockChars: 1000, budgetMs: 10_000 }, parseCache);
  const start = text.indexOf('# Big');
  assert.deepEqual(skipped, [{ start, end: start + big.length, reason: 'size' }]);
  assert.deepEqual(
    tree.children.map((c) => c.type),
    ['heading', 'paragraph', 'heading'],
  );
});

test('a plain block past the size cap is still built: its cost is linear', () => {
  parseCache.trees.clear();
  const big = '# Big\n\n' + '- item\n'.repeat(200);
  const text = '# A\n\nwords\n\n' + big + '# C\n';
  const { tree, skipped } = parseMarkdown(text, { maxBlockChars: 1000, budgetMs: 10_000 }, parseCache);
  assert.deepEqual(skipped, []);
  assert.deepEqual(tree, parseMarkdownWhole(text));
});

test('past the time budget the remaining blocks are skipped; plain blocks, built in no time, are not', () => {
  parseCache.trees.clear();
  const plain = '# C\n\n' + '- A list item long enough to be built on its own\n'.repeat(4);
  const { tree, skipped } = parseMarkdown('# *A*\n\n# *B*\n\n' + plain, { maxBlockChars: 1000, budgetMs: -1 }, parseCache);
  assert.deepEqual(skipped, [
    { start: 0, end: 7, reason: 'time' },
    { start: 7, end: 14, reason: 'time' },
  ]);
  assert.deepEqual(tree.children.map((c) => c.type), ['heading', 'list']);
});

test('an edit re-parses only the block it touches', () => {
  parseCache.trees.clear();
  const blocks = Array.from({ length: 20 }, (_, i) => `## Section ${i}\n\nText ${i}.\n\n`);
  parseMarkdown(blocks.join(''), defaultParseLimits, parseCache);
  const before = parseCache.trees.size;
  blocks[7] = '## Section 7\n\nText 7, edited.\n\n';
  const edited = blocks.join('');
  parseMarkdown(edited, defaultParseLimits, parseCache);
  assert.equal(parseCache.trees.size, before + 1);
  assert.deepEqual(parseMarkdown(edited, defaultParseLimits, parseCache).tree, parseMarkdownWhole(edited));
});
