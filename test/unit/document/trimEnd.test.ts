import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutTrailingColon, withoutTrailingParentheses, withoutTrailingSlashes } from '../../../server/src/service/text/trimEnd';
import { isDelimiterRow } from '../../../server/src/service/roles/levelTables';

test('a heading loses its trailing colons and spaces, no-break ones too, and nothing else', () => {
  assert.equal(withoutTrailingColon('You should apply if: \u00a0'), 'You should apply if');
  assert.equal(withoutTrailingColon('Requirements'), 'Requirements');
  assert.equal(withoutTrailingColon(': :'), '');
  assert.equal(withoutTrailingColon('a: b'), 'a: b');
});

test('a fragment part loses its trailing slashes', () => {
  assert.equal(withoutTrailingSlashes('staff-engineer//'), 'staff-engineer');
  assert.equal(withoutTrailingSlashes('/a/b'), '/a/b');
});

test('a title loses one last parenthesis with nothing nested, and the spaces around it', () => {
  assert.equal(withoutTrailingParentheses('Backend Engineer (Intermediate) '), 'Backend Engineer');
  assert.equal(withoutTrailingParentheses('Engineer (CSE) (L4)'), 'Engineer (CSE)');
  assert.equal(withoutTrailingParentheses('Engineer (a (b))'), 'Engineer (a (b))');
  assert.equal(withoutTrailingParentheses('Engineer ()'), 'Engineer');
  assert.equal(withoutTrailingParentheses('Engineer'), 'Engineer');
  assert.equal(withoutTrailingParentheses('Engineer b)'), 'Engineer b)');
});

test('a delimiter row: dash cells with optional colons between optional outer pipes', () => {
  for (const row of ['| --- | :-: |', '---|---', ' |:--| ', '-', '|-|']) assert.equal(isDelimiterRow(row), true, row);
  for (const row of ['', '|', '||', '| --- | x |', '| - - |', '| --- |\r', '|:|']) assert.equal(isDelimiterRow(row), false, row);
});

test('long runs of the trimmed characters that do not end the text are kept whole', () => {
  const run = (c: string) => `a${c.repeat(200_000)}\u0000`;
  assert.equal(withoutTrailingColon(run(' ')), run(' '));
  assert.equal(withoutTrailingSlashes(run('/')), run('/'));
  assert.equal(withoutTrailingParentheses(run(' ')), run(' '));
  assert.equal(isDelimiterRow(` ${' '.repeat(200_000)}\u0000`), false);
});
