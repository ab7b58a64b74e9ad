import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLevelStatements } from '../../server/src/service/roles/levelStatements';
import { globMatches, MAX_GLOB_LENGTH } from '../../server/src/service/roles/globMatch';
import { parseLadderText } from '../../server/src/service/ladder/loadLadder';
import { checkPage } from '../unit/rules/checkPage';

// A ladder comes from a cloned repository: its patterns are literal text or a table match, never a
// regular expression, so nested quantifiers are plain characters and cost what the text costs.

const LINE = 'a'.repeat(50_000);
const levels = [{ id: 'ic3', code: 'IC3', title: 'Senior Engineer', track: 'ic', description: '', match: { words: ['IC3'] } }];

test('level-statement patterns with regular-expression syntax are literal text: a 50 kB line of "a" holds no statement', () => {
  const find = compileLevelStatements(['(a+)+$ {level}', '(a|aa)*b {level}', '^(a*)*$ is an {level}'], levels)!;
  assert.deepEqual(find(LINE, 0, LINE.length), []);
  const literal = `${'x'.repeat(1000)} (a+)+$ IC3`;
  assert.deepEqual(find(literal, 0, literal.length).map((s) => [s.level.id, literal.slice(s.nameStart, s.nameEnd)]), [['ic3', 'IC3']]);
});

test('a pattern that repeats its literal everywhere on a 50 kB line is tried once per place', () => {
  const find = compileLevelStatements(['a {level}'], levels)!;
  const text = 'a '.repeat(25_000) + 'IC3';
  assert.deepEqual(find(text, 0, text.length).length, 1);
});

test('globs of many stars against a long path answer, and a glob past the length limit matches nothing', () => {
  const path = `${'a/'.repeat(100)}${'a'.repeat(300)}.md`;
  assert.equal(globMatches('*a'.repeat(99) + 'b', path), false);
  assert.equal(globMatches('**/' + '*a'.repeat(50) + '.md', path), true);
  assert.equal(globMatches('*'.repeat(MAX_GLOB_LENGTH + 1), path), false);
});

test('a ladder whose patterns break the schema\'s limits is a configuration problem, not a hang', () => {
  const ladder = { name: 'X', tracks: [{ id: 'ic', title: 'IC' }], levels: [{ id: 'ic3', title: 'IC3', track: 'ic' }], levelStatements: ['(a+)+$'] };
  const loaded = parseLadderText(JSON.stringify(ladder), 'x.json');
  assert.deepEqual(loaded.problems.map((p) => p.message), ['levelStatements[0] must hold "{level}" exactly once and no other braces, as in "is an {level}"']);
});

test('a page of one 50 kB line under a hostile ladder is checked', async () => {
  const file = {
    name: 'Hostile',
    tracks: [{ id: 'ic', title: 'IC' }],
    levels: [{ id: 'ic3', code: 'IC3', title: 'Senior Engineer', track: 'ic' }],
    levelStatements: ['((a+)+)+ {level}'],
    rolePages: { include: ['*a'.repeat(60) + 'b'] },
  };
  const loaded = parseLadderText(JSON.stringify(file), 'hostile.json');
  assert.deepEqual(loaded.problems, []);
  // The page names no role page glob of the ladder, so nothing about roles is asked; the long line is plain prose.
  assert.deepEqual(await checkPage(`## IC3\n\n${LINE}\n`, { ladder: loaded.ladder }), []);
  // The same hostile pattern, as literal text, finds the one statement at the end of the long line.
  const line = `${LINE} ((a+)+)+ IC3`;
  const find = compileLevelStatements(loaded.ladder.levelStatements, loaded.ladder.levels)!;
  assert.deepEqual(find(line, 0, line.length).map((f) => line.slice(f.start, f.end)), ['((a+)+)+ IC3']);
});
