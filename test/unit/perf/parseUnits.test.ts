import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown, parseMarkdownWhole, ParseCache, defaultParseLimits } from '../../../server/src/service/parse/parseMarkdown';
import { blockStarts, groupBlocks, MAX_UNIT_CHARS, MIN_UNIT_CHARS } from '../../../server/src/service/parse/blockSplit';

/** The trees this file's parses share, as a service's do. */
const parseCache = new ParseCache();

const limits = { maxChars: 100_000, maxDelimiters: 5_000 };
// Emphasis keeps these blocks off the plain path (plainBlocks.ts), which makes every block a unit of its own.
const section = (i: number): string => `## Section *${i}*\n\nSome *words* about section ${i}, long enough to count.\n\n`;
const manySections = (n: number): string => Array.from({ length: n }, (_, i) => section(i)).join('');

test('small blocks are grouped into units cut at block starts, each past the minimum before a heading', () => {
  const text = manySections(100);
  const starts = blockStarts(text);
  const units = groupBlocks(text, starts, limits);
  assert.equal(starts.length, 200);
  assert.equal(units.length, Math.ceil(text.length / (MIN_UNIT_CHARS + section(0).length - 1)));
  assert.deepEqual(units.flatMap((u) => u.blockStarts), starts);
  for (const [i, u] of units.entries()) {
    assert.equal(u.start, u.blockStarts[0]);
    assert.equal(u.end, units[i + 1]?.start ?? text.length);
    if (i + 1 < units.length) assert.ok(u.end - u.start >= MIN_UNIT_CHARS && text[u.end] === '#');
  }
});

test('a page of many small blocks is parsed in a few units and still equals the whole-page parse', () => {
  parseCache.trees.clear();
  const text = manySections(100);
  const { tree, skipped } = parseMarkdown(text, defaultParseLimits, parseCache);
  assert.deepEqual(skipped, []);
  assert.equal(parseCache.trees.size, groupBlocks(text, blockStarts(text), limits).length);
  assert.ok(parseCache.trees.size <= Math.ceil(text.length / MIN_UNIT_CHARS), `${parseCache.trees.size} units`);
  assert.deepEqual(tree, parseMarkdownWhole(text));
});

test('without headings a unit stops at the maximum; a block past a limit stays alone', () => {
  const paragraphs = 'Words and `more` words in a paragraph of its own.\n\n'.repeat(300);
  const units = groupBlocks(paragraphs, blockStarts(paragraphs), limits);
  assert.ok(units.length > 1);
  for (const u of units) assert.ok(u.end - u.start <= MAX_UNIT_CHARS);

  const text = '# `A`\n\n`short`\n\n# `B`\n\n' + '*x* '.repeat(30) + '\n\n# `C`\n\n`short`\n';
  const grouped = groupBlocks(text, blockStarts(text), { maxChars: 100_000, maxDelimiters: 50 });
  assert.deepEqual(grouped.map((u) => text.slice(u.start, u.start + 5)), ['# `A`', '# `B`', '# `C`']);
  const bySize = groupBlocks(text, blockStarts(text), { maxChars: 100, maxDelimiters: 5_000 });
  assert.deepEqual(bySize.map((u) => text.slice(u.start, u.start + 5)), ['# `A`', '# `B`', '# `C`']);
});

test('front matter is a unit of its own', () => {
  const text = '---\ntitle: A\n---\n# `A`\n\n`words`\n';
  assert.deepEqual(groupBlocks(text, blockStarts(text), limits).map((u) => [u.start, u.end]), [[0, 17], [17, text.length]]);
});

test('a fence left open at a unit end joins only the blocks up to its close; the rest stays a unit', () => {
  parseCache.trees.clear();
  const fenced = '```\n' + '# not a heading\n\nline\n\n'.repeat(20) + '```\n\n';
  const text = manySections(30) + fenced + manySections(30);
  const { tree, skipped } = parseMarkdown(text, defaultParseLimits, parseCache);
  assert.deepEqual(skipped, []);
  assert.deepEqual(tree, parseMarkdownWhole(text));
});

test('a unit that fails to parse is parsed block by block: only the failing block is skipped', () => {
  parseCache.trees.clear();
  const deep = '# Deep\n\n' + '>'.repeat(600) + ' x\n\n';
  const text = '# A\n\nwords\n\n' + deep + '# C\n\nmore\n';
  const { tree, skipped } = parseMarkdown(text, defaultParseLimits, parseCache);
  const start = text.indexOf('# Deep');
  assert.deepEqual(skipped, [{ start, end: start + deep.length, reason: 'size' }]);
  assert.deepEqual(
    tree.children.map((c) => c.type),
    ['heading', 'paragraph', 'heading', 'paragraph'],
  );
});

test('an edit inside a section re-parses only the unit that holds it', () => {
  parseCache.trees.clear();
  const sections = Array.from({ length: 200 }, (_, i) => section(i));
  parseMarkdown(sections.join(''), defaultParseLimits, parseCache);
  const before = parseCache.trees.size;
  assert.ok(before >= 5, `${before} units`);
  sections[97] = sections[97].replace('long enough', 'long enough, and edited,');
  const edited = sections.join('');
  parseMarkdown(edited, defaultParseLimits, parseCache);
  assert.equal(parseCache.trees.size, before + 1);
  assert.deepEqual(parseMarkdown(edited, defaultParseLimits, parseCache).tree, parseMarkdownWhole(edited));
});

test('pages stitched from awkward fragments parse as the whole page does (seeded)', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const fragments = [
    '# H\n\n', '```\n', '~~~~\n', '```md\n# in fence\n\nPara\n', '<!--\n', '-->\n', '<div>\n', '</div>\n\n', '<script>\n', '</script>\n',
    '- item\n  ```\n  code\n', '> quote\n', 'Lazy line\n', '[ref]: /x\n', 'See [ref] and [x][ref].\n\n', '[^1]: note\n', 'Claim[^1].\n\n',
    '| a |\n|---|\n| b |\n', '\n', '    indented\n', '1. one\n\n2. two\n', 'Setext\n---\n', '<pre>\n\n# x\n</pre>\n',
  ];
  for (let c = 0; c < 150; c++) {
    let text = random() < 0.2 ? '---\ntitle: "[ref]"\n---\n' : '';
    for (let i = 5 + Math.floor(random() * 40); i > 0; i--) {
      text += random() < 0.3 ? 'Words '.repeat(20 + Math.floor(random() * 200)) + '\n\n' : fragments[Math.floor(random() * fragments.length)];
    }
    parseCache.trees.clear();
    const { tree, skipped } = parseMarkdown(text, defaultParseLimits, parseCache);
    assert.deepEqual(skipped, []);
    if (JSON.stringify(tree) !== JSON.stringify(parseMarkdownWhole(text))) assert.deepEqual(tree, parseMarkdownWhole(text), JSON.stringify(text));
  }
});
