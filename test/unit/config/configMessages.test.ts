import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestName } from '../../../server/src/service/config/didYouMean';
import { nameLevelsById } from '../../../server/src/service/ladder/levelNames';
import { firstSyntaxError, jsonSyntaxMessage } from '../../../server/src/service/config/jsonSyntax';
import { parse, type ParseError } from 'jsonc-parser';
import { ladderProblemsInWords } from '../../../server/src/service/ladder/ladderProblemsInWords';
import type { ConfigProblem } from '../../../server/src/service/ladder/types';

test('did-you-mean offers a name only when a third of its letters or fewer differ', () => {
  const settings = ['ladder', 'slugProfile', 'rules', 'include', 'exclude'];
  assert.equal(closestName('ladders', settings), 'ladder');
  assert.equal(closestName('SLUGPROFILE', settings), 'slugProfile');
  assert.equal(closestName('slug_profil', settings), 'slugProfile');
  assert.equal(closestName('x', settings), undefined);
  assert.equal(closestName('colour', settings), undefined);
  assert.equal(closestName('rule', settings), 'rules');
});

test('ladder messages name levels by id; an index stays when the id is missing or shared', () => {
  const ladder = { levels: [{ id: 'ic2' }, { id: 'ic3' }, { title: 'no id' }, { id: 'ic3' }] };
  assert.equal(nameLevelsById('levels[0].grade must be a number', ladder), 'level "ic2": grade must be a number');
  assert.equal(nameLevelsById('levels[0] adds level "ic2"', ladder), 'level "ic2" adds level "ic2"');
  assert.equal(nameLevelsById('"ic2" comes after "ic1"; levels[0].grade must not be lower', ladder), '"ic2" comes after "ic1"; the grade of level "ic2" must not be lower');
  assert.equal(nameLevelsById('levels[2] is missing required property "id"', ladder), 'levels[2] is missing required property "id"');
  assert.equal(nameLevelsById('levels[3].id "ic3" duplicates levels[1].id', ladder), 'levels[3].id "ic3" duplicates levels[1].id');
  assert.equal(nameLevelsById('levels[id="m4"].equivalent "x" is not a level id', ladder), 'level "m4": equivalent "x" is not a level id');
  assert.equal(nameLevelsById('families[0].grades has unknown level "nope"', ladder), 'families[0].grades has unknown level "nope"');
  assert.equal(nameLevelsById('levels[0].grade must be a number', 'not a ladder'), 'levels[0].grade must be a number');
});

test('a file that does not parse gives its first error, in words', () => {
  const errors: ParseError[] = [];
  parse('{ not json', errors);
  assert.equal(errors.length, 3);
  const first = firstSyntaxError(errors)!;
  assert.deepEqual([first.offset, jsonSyntaxMessage(first)], [2, 'Invalid JSON: unexpected character']);
  assert.equal(firstSyntaxError([]), undefined);
});

test('the required properties one object lacks are one problem, not one each', () => {
  const at = (line: number, character: number, message: string): ConfigProblem => ({ file: 'l.json', line, character, endLine: line, endCharacter: character + 1, message });
  const problems = [
    at(0, 0, 'ladder is missing required property "tracks"'),
    at(0, 0, 'ladder is missing required property "levels"'),
    at(0, 9, 'name must be a string'),
    at(3, 4, 'levels[0] is missing required property "title"'),
    at(3, 4, 'levels[0] is missing required property "track"'),
    at(5, 4, 'levels[1] is missing required property "title"'),
  ];
  const value = { levels: [{ id: 'ic3' }, {}] };
  assert.deepEqual(ladderProblemsInWords(problems, { value }).map((p) => `${p.line}:${p.character} ${p.message}`), [
    '0:0 ladder is missing required properties "tracks", "levels"',
    '0:9 name must be a string',
    '3:4 level "ic3" is missing required properties "title", "track"',
    '5:4 levels[1] is missing required property "title"',
  ]);
  assert.deepEqual(ladderProblemsInWords(problems.slice(2, 3), { text: '{ "name": 3 }' }), problems.slice(2, 3));
});
