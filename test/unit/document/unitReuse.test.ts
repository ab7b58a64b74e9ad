import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deterministicParseLimits, pageChildren, parseMarkdownWhole, parseUnits, type ParsedUnits, ParseCache } from '../../../server/src/service/parse/parseMarkdown';
import { changedStretch } from '../../../server/src/service/text/changedStretch';
import { buildRoleDocument } from '../../../server/src/service/document/buildRoleDocument';
import { createSectionMatcher } from '../../../server/src/service/document/sectionMatcher';
import { roleModelFor } from '../../../server/src/service/roles/roleModel';
import { slugProfiles } from '../../../server/src/service/document/slug';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';
import { proseSpans, type Link } from '../../../server/src/service/document/model';

/** The trees this file's parses share, as a service's do. */
const parseCache = new ParseCache();

/** Sections long enough that the page is many parse units, some plain and some parsed. */
function sections(count: number, newline = '\n'): string {
  let page = '';
  for (let i = 0; i < count; i++) {
    page += `## Section ${i}${newline}${newline}`;
    page += `Plain words about section ${i} and what the role does there, written out at some length so that blocks add up; `;
    page += `a plain paragraph this long is not parsed with the linked one before it, so plain and parsed units alternate.${newline}${newline}`;
    page += `- first duty of ${i}${newline}- second duty of ${i}${newline}${newline}`;
    page += `See [section ${i + 1}](#section-${i + 1}) and *the ladder* for more on ${i}.${newline}${newline}`;
  }
  return page;
}

const page = sections(40);
const middle = page.indexOf('## Section 20');

const insertAt = (text: string, at: number, insert: string): string => text.slice(0, at) + insert + text.slice(at);

/** Each edit, applied to the page: name, edit, and whether the previous version's units can be reused. */
const edits: [string, (text: string) => string, boolean][] = [
  ['a letter typed in a paragraph', (t) => insertAt(t, t.indexOf('Plain words about section 20') + 6, 'x'), true],
  ['a heading turned into a paragraph', (t) => t.slice(0, middle) + t.slice(middle + 3), true],
  ['a blank line removed, joining two blocks', (t) => t.replace('more on 20.\n\n## Section 21', 'more on 20.\n## Section 21'), true],
  ['a fence opened and closed ten sections on', (t) => insertAt(insertAt(t, t.indexOf('## Section 30'), '```\n'), middle, '```\n'), true],
  ['a fence opened and never closed', (t) => insertAt(t, middle, '~~~\n'), true],
  ['an HTML comment opened over five sections', (t) => insertAt(insertAt(t, t.indexOf('## Section 25'), '-->\n\n'), middle, '<!--\n'), true],
  ['a plain block made parsed', (t) => insertAt(t, t.indexOf('Plain words about section 20'), '**'), true],
  ['a list item made a paragraph', (t) => t.replace('- first duty of 20', 'first duty of 20'), true],
  ['a whole section deleted', (t) => t.slice(0, middle) + t.slice(t.indexOf('## Section 21')), true],
  ['a stretch pasted', (t) => insertAt(t, middle, sections(3)), true],
  ['the last character deleted', (t) => t.slice(0, -1), true],
  ['a definition added near the edit', (t) => insertAt(t, middle, '[section 20]: /elsewhere\n\n'), false],
  ['a letter typed in the first block', (t) => insertAt(t, 3, 'x'), false],
];

function placement(parsed: ParsedUnits) {
  return parsed.units.map((u) => ({ start: u.start, dOffset: u.dOffset, dLine: u.dLine }));
}

for (const [name, edit, reuses] of edits) {
  test(`an edit parses as the whole page does, reusing the previous version: ${name}`, () => {
    for (const text of [page, sections(40, '\r\n')]) {
      const before = parseUnits(text, parseCache, deterministicParseLimits, true);
      const edited = edit(text.replaceAll('\r\n', '\n')).replaceAll('\n', text.includes('\r\n') ? '\r\n' : '\n');
      const runs = { ...parseCache.parseRuns };
      parseCache.trees.clear();
      const reused = parseUnits(edited, parseCache, deterministicParseLimits, true, before.state);
      assert.deepEqual(parseCache.parseRuns, { reused: runs.reused + (reuses ? 1 : 0), whole: runs.whole + (reuses ? 0 : 1) });
      parseCache.trees.clear();
      const scratch = parseUnits(edited, parseCache, deterministicParseLimits, true);
      assert.deepEqual(placement(reused), placement(scratch));
      assert.deepEqual(reused.skipped, scratch.skipped);
      assert.deepEqual(reused.units.flatMap(pageChildren), parseMarkdownWhole(edited).children);
      // The state left behind serves the next edit too.
      const again = parseUnits(edited + 'x', parseCache, deterministicParseLimits, true, reused.state);
      assert.deepEqual(again.units.flatMap(pageChildren), parseMarkdownWhole(edited + 'x').children);
    }
  });
}

test('an edit that keeps the first units reuses their entries as they are', () => {
  const before = parseUnits(page, parseCache, deterministicParseLimits, true);
  const edited = insertAt(page, page.indexOf('Plain words about section 30'), 'x');
  // With the cache empty, the same entries can only have come from the previous version.
  parseCache.trees.clear();
  const after = parseUnits(edited, parseCache, deterministicParseLimits, true, before.state);
  const firstChanged = after.units.findIndex((u) => u.start + 1 > page.indexOf('## Section 29'));
  assert.equal(firstChanged, 58);
  for (let i = 0; i < firstChanged; i++) assert.equal(after.units[i].entry, before.units[i].entry);
  // Past the edit: the same entries, one character on.
  const lastBefore = before.units.at(-1)!;
  assert.equal(after.units.at(-1)!.entry, lastBefore.entry);
  assert.equal(after.units.at(-1)!.start, lastBefore.start + 1);
});

test('changedStretch finds the one stretch that differs', () => {
  assert.deepEqual(changedStretch('abcdef', 'abXdef'), { start: 2, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(changedStretch('abcdef', 'abcdef!'), { start: 6, oldEnd: 6, newEnd: 7 });
  assert.deepEqual(changedStretch('aaaa', 'aaa'), { start: 3, oldEnd: 4, newEnd: 3 });
  const long = 'x'.repeat(20_000);
  assert.deepEqual(changedStretch(long + 'a' + long, long + 'bc' + long), { start: 20_000, oldEnd: 20_001, newEnd: 20_002 });
  assert.deepEqual(changedStretch(long, long.slice(0, 9_000) + long.slice(9_100)), { start: 19_900, oldEnd: 20_000, newEnd: 19_900 });
});

test('links, claims and spans of the units before an edit are the previous version\'s; past it they move', () => {
  const options = { slugProfile: slugProfiles.github, matchSection: createSectionMatcher(defaultLadder.sectionVocabulary),
    roleModel: roleModelFor(defaultLadder), keepParseState: true, parseCache };
  const before = buildRoleDocument('file:///ws/page.md', 1, page, options);
  const at = page.indexOf('Plain words about section 30');
  const after = buildRoleDocument('file:///ws/page.md', 2, insertAt(page, at, 'x'), options, before);
  const split = (links: Link[]) => [links.filter((l) => l.startOffset < at), links.filter((l) => l.startOffset > at)];
  const [beforeEdit, pastEdit] = split(before.links);
  const [keptLinks, movedLinks] = split(after.links);
  assert.equal(keptLinks.length, 30);
  keptLinks.forEach((link, i) => assert.equal(link, beforeEdit[i]));
  assert.equal(movedLinks.length, pastEdit.length);
  movedLinks.forEach((link, i) => {
    assert.notEqual(link, pastEdit[i]);
    assert.equal(link.startOffset, pastEdit[i].startOffset + 1);
    assert.deepEqual(link.range, pastEdit[i].range);
  });
  // Prose runs: the first unit's as it was; the last one's moved by one, its spans the same array.
  assert.equal(after.proseRuns[0], before.proseRuns[0]);
  assert.notEqual(after.proseRuns.at(-1), before.proseRuns.at(-1));
  assert.equal(after.proseRuns.at(-1)!.offset, before.proseRuns.at(-1)!.offset + 1);
  assert.equal(after.proseRuns.at(-1)!.spans, before.proseRuns.at(-1)!.spans);
  assert.equal(proseSpans(after).at(-1)!.start, proseSpans(before).at(-1)!.start + 1);
});

test('headings before an edit are the previous version\'s; past it they are built again at their new offsets', () => {
  const options = { slugProfile: slugProfiles.github, matchSection: createSectionMatcher(defaultLadder.sectionVocabulary),
    roleModel: roleModelFor(defaultLadder), keepParseState: true, parseCache };
  const before = buildRoleDocument('file:///ws/page.md', 1, page, options);
  const at = page.indexOf('Plain words about section 30');
  const after = buildRoleDocument('file:///ws/page.md', 2, insertAt(page, at, 'x'), options, before);
  assert.equal(after.headings.length, before.headings.length);
  after.headings.forEach((heading, i) => {
    if (heading.startOffset < at) {
      assert.equal(heading, before.headings[i]);
      assert.equal(after.anchors[i], before.anchors[i]);
    } else {
      assert.notEqual(heading, before.headings[i]);
      assert.deepEqual({ ...heading, startOffset: heading.startOffset - 1, endOffset: heading.endOffset - 1 }, before.headings[i]);
    }
  });
  // A line added before a heading moves it down a line: nothing of it is reused.
  const moved = buildRoleDocument('file:///ws/page.md', 3, insertAt(page, 0, 'Intro\n\n'), options, before);
  assert.ok(moved.headings.every((h, i) => h !== before.headings[i] && h.range.start.line === before.headings[i].range.start.line + 2));
});
