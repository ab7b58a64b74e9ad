import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown, parseMarkdownWhole, ParseCache, defaultParseLimits } from '../../../server/src/service/parse/parseMarkdown';

/** The trees this file's parses share, as a service's do. */
const parseCache = new ParseCache();

const section = (i: number): string => `## Section ${i}\n\nSome words about section ${i}, long enough to count.\n\n`;

test('units an edit leaves in place keep their shifted nodes; units it moves get new ones at the new place', () => {
  parseCache.trees.clear();
  const sections = Array.from({ length: 600 }, (_, i) => section(i));
  const first = parseMarkdown(sections.join(''), defaultParseLimits, parseCache).tree;
  sections[150] = sections[150].replace('long enough', 'long enough, and edited,');
  const edited = sections.join('');
  const second = parseMarkdown(edited, defaultParseLimits, parseCache).tree;
  assert.equal(second.children.length, first.children.length);
  const editedAt = edited.indexOf('and edited');
  const before = second.children.filter((c) => c.position!.end.offset! < editedAt - 3_000);
  const after = second.children.filter((c) => c.position!.start.offset! > editedAt + 6_000);
  assert.ok(before.length > 100 && after.length > 100, `${before.length} before, ${after.length} after`);
  for (const node of before) assert.equal(node, first.children[second.children.indexOf(node)]);
  for (const node of after) assert.notEqual(node, first.children[second.children.indexOf(node)]);
  assert.deepEqual(second, parseMarkdownWhole(edited));
  // Parsing the same text again reuses every node.
  const third = parseMarkdown(edited, defaultParseLimits, parseCache).tree;
  assert.ok(third.children.every((node, i) => node === second.children[i]));
});
