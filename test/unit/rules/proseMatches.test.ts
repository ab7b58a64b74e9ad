import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../document/parse';
import { proseMatches, spansHolding } from '../../../server/src/service/rules/proseMatches';

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
