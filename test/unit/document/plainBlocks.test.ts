import { test } from 'node:test';
import type { RootContent } from 'mdast';
import assert from 'node:assert/strict';
import { buildPlainBlocks } from '../../../server/src/service/parse/plainBlocks';
import { mayBePlainBlock } from '../../../server/src/service/parse/plainInline';
import { parseMarkdown, parseMarkdownWhole, ParseCache, defaultParseLimits } from '../../../server/src/service/parse/parseMarkdown';
import { blockStarts, groupBlocks } from '../../../server/src/service/parse/blockSplit';
import { seededRandom } from '../../helpers/seededRandom';

/** The trees this file's parses share, as a service's do. */
const parseCache = new ParseCache();

const build = (text: string) => buildPlainBlocks(text, 0, text.length);

/** The builder's tree of `text`, which must be built and equal remark's. */
function builtAsRemark(text: string): RootContent[] {
  const built = build(text);
  assert.ok(built, JSON.stringify(text));
  assert.deepEqual(built, parseMarkdownWhole(text).children);
  return built;
}

test('a plain heading, paragraph and nested list are built exactly as remark parses them', () => {
  const text = '##  Responsibilities  \nLead the team \nwell\n- Hire people \n  - Interview them\n    - Score  \n  - Decide\n- R&D plans\n\nClosing words\n';
  const built = builtAsRemark(text);
  // Spot checks that do not lean on remark: trailing spaces end blocks but not text.
  const heading = built[0];
  assert.deepEqual(heading.position, { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 23, offset: 22 } });
  assert.equal(heading.type === 'heading' && heading.children[0].type === 'text' && heading.children[0].value, 'Responsibilities');
  const paragraph = built[1];
  assert.equal(paragraph.type === 'paragraph' && paragraph.children[0].type === 'text' && paragraph.children[0].value, 'Lead the team\nwell');
  const list = built[2];
  assert.equal(list.type, 'list');
  assert.deepEqual(list.position, { start: { line: 4, column: 1, offset: 43 }, end: { line: 8, column: 12, offset: 113 } });
});

test('anything outside the plain grammar is left to the parser', () => {
  const notPlain = [
    'Some *emphasis*',
    'An ![image](/x.png)',
    'A [spaced] (link)',
    'A [link](/x y)',
    'A [link](</x>)',
    'A [link](/x "title")',
    'A [[nested](/x)]',
    'A [*strong*](/x)',
    'An [](/empty)',
    'A [link]() without destination',
    'A [^note](/x)',
    'A [link](/x?a=1&amp;b=2)',
    'A [link](/x\\)',
    'A [link ](/x)',
    'A [www.example.com](/x)',
    'A [link](/x#a|b)',
    'A [link](/x) \nwith a space after it',
    'An unclosed [link](/x',
    'A stray ] bracket',
    'An `inline code`',
    'A break  \nhere',
    'Escaped \\# hash',
    'See www.example.com',
    'See https://example.com',
    'Mail me@example.com',
    'An &amp; entity',
    'A &#35; number',
    'Tab\tseparated',
    'Windows\r\nline',
    'A <b>tag</b>',
    'Strike ~this~',
    'Pipe | table',
    '- a\n\n- b',
    '- a\n   - three spaces',
    '- a\n* other marker',
    '1. ordered',
    '- 1. ordered inside',
    'Para\n  - indented item',
    ' indented paragraph',
    '## Closing #',
    '## Closing ##  ',
    '#Not a heading',
    'Title\n===',
    'Title\n---',
    '- - -',
    '-  two spaces',
    '- a\n\n  continued',
    '> quote',
    '```\ncode\n```',
  ];
  for (const text of notPlain) assert.equal(build(text), undefined, JSON.stringify(text));
});

test('simple inline links are built exactly as remark parses them, across lines and at line starts', () => {
  const text = '## [Levels](/handbook/levels/)\n\nSee [the ladder](https://example.com/ladder#grades) and\n[Job Grades](#job-grades) today\nand [more](/x).\n\n- [Staff](#staff) and [Senior](#senior)\n- Lead (see [this](/a_b~c*d))\n';
  const built = builtAsRemark(text);
  const paragraph = built[1];
  assert.equal(paragraph.type, 'paragraph');
  assert.deepEqual(
    paragraph.type === 'paragraph' && paragraph.children.map((c) => [c.type, c.type === 'link' ? c.url : c.type === 'text' ? c.value : '', c.position!.start.offset, c.position!.end.offset]),
    [
      ['text', 'See ', 32, 36],
      ['link', 'https://example.com/ladder#grades', 36, 83],
      ['text', ' and\n', 83, 88],
      ['link', '#job-grades', 88, 113],
      ['text', ' today\nand ', 113, 124],
      ['link', '/x', 124, 134],
      ['text', '.', 134, 135],
    ],
  );
});

test('lines that go on an item, indented or lazily at column 0, are built as remark parses them', () => {
  const text = '- Lead the team\n  and hire well\n- Own [the plan](/plan)\nlazily\n  [linked](/x) next\n  - Nested item\n    goes on\n  and on\n- Last\n';
  const built = builtAsRemark(text);
  const list = built[0];
  assert.ok(list.type === 'list');
  const first = list.children[0].children[0];
  assert.equal(first.type === 'paragraph' && first.children[0].type === 'text' && first.children[0].value, 'Lead the team\nand hire well');
  assert.deepEqual(list.children[0].position, { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 16, offset: 31 } });
  // A line after a blank line, indented, would continue the item as a second paragraph: not plain.
  assert.equal(build('- a\n\n  b\n'), undefined);
});

test('"R&D", "Q&A" and a colon are plain text', () => {
  for (const text of ['R&D and Q&A', 'Note: this', 'Ends with &', 'Semi &; colon']) builtAsRemark(text);
});

test('on 4,000 generated near-plain documents the builder equals remark whenever it builds', () => {
  const next = seededRandom(20261128);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const words = ['Lead', 'the', 'team', 'R&D', 'grade', '8', 'Staff', 'é', '{#id}', 'C#', '{{% x %}}', '(plans)', '"quoted"', "it's", 'a:b', 'x*y', '_id', '[x]', '[Staff](#staff)', '[a b](/c)', '[x](y z)', '![i](/p)', '[x](/y)!', '(see [x](/y))', ']', '&amp;', 'www.a.b', 'a@b.co', '#', '1.', '2)', '-', '~', '<a>', '\\'];
  const phrase = () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => (next() < 0.85 ? pick(words.slice(0, 8)) : pick(words))).join(' ');
  const trailing = () => pick(['', '', '', ' ', '  ', '\t']);
  const line = () =>
    pick([
      () => '#'.repeat(1 + Math.floor(next() * 7)) + pick([' ', '  ', '']) + phrase() + trailing(),
      () => phrase() + trailing(),
      () => ' '.repeat(pick([0, 0, 0, 2, 2, 4, 1, 3, 6])) + pick(['-', '-', '*', '+']) + pick([' ', ' ', '  ']) + phrase() + trailing(),
      () => pick(['', '', '  ']),
      () => ' '.repeat(pick([0, 1, 2, 3, 4, 6])) + phrase() + trailing(),
    ])();
  let built = 0;
  for (let n = 0; n < 4000; n++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 12) }, line).join('\n') + pick(['', '\n', '\n\n']);
    const plain = build(text);
    if (!plain) continue;
    built++;
    assert.deepEqual(plain, parseMarkdownWhole(text).children, JSON.stringify(text));
    // The quick look the grouping takes must not turn a buildable block away.
    assert.ok(mayBePlainBlock(text), JSON.stringify(text));
  }
  // The generator must reach the builder often, or the comparison proves little.
  assert.ok(built > 300, `only ${built} documents were built`);
});

test('plain blocks are grouped apart and built without the parser; a short one amid parsed blocks is parsed with them', () => {
  const list = '- An item with enough words in it to be worth building\n'.repeat(4);
  const text = '## Requirements\n\n- Hire people\n- Lead\n\nThe Staff Engineer is a [grade 8](/x#grades "Grades").\n\n## Levels\n\nSee *this*.\n\n## Responsibilities\n\n' + list;
  const starts = blockStarts(text);
  const units = groupBlocks(text, starts, { maxChars: 100_000, maxDelimiters: 5_000 });
  assert.deepEqual(
    units.map((u) => [text.slice(u.start, u.end), u.plain ?? false]),
    [
      ['## Requirements\n\n- Hire people\n- Lead\n\n', true],
      ['The Staff Engineer is a [grade 8](/x#grades "Grades").\n\n## Levels\n\nSee *this*.\n\n', false],
      ['## Responsibilities\n\n' + list, true],
    ],
  );
  parseCache.trees.clear();
  const before = { ...parseCache.treeSources };
  const { tree } = parseMarkdown(text, defaultParseLimits, parseCache);
  assert.deepEqual(tree, parseMarkdownWhole(text));
  assert.deepEqual({ plain: parseCache.treeSources.plain - before.plain, parser: parseCache.treeSources.parser - before.parser }, { plain: 2, parser: 1 });
});
