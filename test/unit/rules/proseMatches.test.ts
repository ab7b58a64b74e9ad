import { ParseCache } from '../../../server/src/service/parse/parseCache';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../document/parse';
import { proseMatches, spansHolding } from '../../../server/src/service/rules/proseMatches';
import { buildRoleDocument } from '../../../server/src/service/document/buildRoleDocument';
import { createSectionMatcher } from '../../../server/src/service/document/sectionMatcher';
import { roleModelFor } from '../../../server/src/service/roles/roleModel';
import { slugProfiles } from '../../../server/src/service/document/slug';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';

const TODO = /(?<![\p{L}\p{N}_])TODO(?![\p{L}\p{N}_])/gu;

test('spansHolding keeps exactly the text nodes a hint matches in, hints in code and link targets included', () => {
  const text = 'Plain words.\n\n`TODO` in code, then TODO in *prose TODO* and [a link](/TODO/) and TODOS.\n\nNone here.\n';
  const document = parse(text);
  const held = spansHolding(document, /TODO/g).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(held, [' in code, then TODO in ', 'prose TODO', ' and TODOS.']);
  assert.deepEqual(
    proseMatches(document, TODO, spansHolding(document, /TODO/g)).map((m) => [m.start, m.end]),
    proseMatches(document, TODO).map((m) => [m.start, m.end]),
  );
  assert.equal(proseMatches(document, TODO).length, 2);
});

test('a hint match running past one text node does not hide one in the next', () => {
  // The hint `a b` first matches at the end of the first node and into the emphasis markup.
  const document = parse('xa *b a b*\n');
  assert.deepEqual(spansHolding(document, /a\W+b/g).map((s) => document.text.slice(s.start, s.end)), ['xa ', 'b a b']);
});

/** Sections enough that the page is several parse units, each with prose; every tenth holds a TODO. */
function sectionsPage(count: number): string {
  let page = '';
  for (let i = 0; i < count; i++) {
    page += `## Section ${i}\n\nWords about section ${i}, in a paragraph of its own; the marker is in every tenth: ${i % 10 === 0 ? 'TODO' : 'done'}.\n\n`;
    page += `- a duty of section ${i}, in [a link](#section-${i + 1}) and \`code\`\n\n`;
  }
  return page;
}

/** A hint that counts the characters its searches read: from where each starts to the end of its match, or of the text. */
class CountedHint extends RegExp {
  read = 0;
  override exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    const found = super.exec(text);
    this.read += (found ? found.index + found[0].length : text.length) - from;
    return found;
  }
}

test('after an edit, a hint reads only the parse unit the edit changed, and finds what a fresh search finds', () => {
  const options = { slugProfile: slugProfiles.github, matchSection: createSectionMatcher(defaultLadder.sectionVocabulary),
    roleModel: roleModelFor(defaultLadder), keepParseState: true, parseCache: new ParseCache() };
  const page = sectionsPage(40);
  const before = buildRoleDocument('file:///ws/page.md', 1, page, options);
  const hint = new CountedHint('TODO', 'g');
  const tenth = (i: number): string => `Words about section ${i}, in a paragraph of its own; the marker is in every tenth: TODO.`;
  assert.deepEqual(spansHolding(before, hint).map((s) => page.slice(s.start, s.end)), [0, 10, 20, 30].map(tenth));
  assert.ok(before.proseRuns.length > 3, `the page is ${before.proseRuns.length} runs`);

  // A TODO typed into section 25: one unit changes; those after it move, unchanged.
  const at = page.indexOf('done', page.indexOf('## Section 25'));
  const edited = page.slice(0, at) + 'TODO ' + page.slice(at);
  const after = buildRoleDocument('file:///ws/page.md', 2, edited, options, before);
  const keptKeys = new Set(before.proseRuns.map((r) => r.key));
  const changedRuns = after.proseRuns.filter((r) => !keptKeys.has(r.key));
  assert.equal(changedRuns.length, 1);
  const changedAlone = new CountedHint('TODO', 'g');
  spansHolding({ ...after, proseRuns: changedRuns }, changedAlone);
  const changed = changedRuns[0].spans;
  assert.ok(changedAlone.read <= changed[changed.length - 1] - changed[0], `read ${changedAlone.read}`);

  hint.read = 0;
  const held = spansHolding(after, hint);
  assert.equal(hint.read, changedAlone.read);
  assert.deepEqual(held, spansHolding(after, new RegExp('TODO', 'g')));
  assert.deepEqual(
    held.map((s) => edited.slice(s.start, s.end)),
    [tenth(0), tenth(10), tenth(20), 'Words about section 25, in a paragraph of its own; the marker is in every tenth: TODO done.', tenth(30)],
  );
});
