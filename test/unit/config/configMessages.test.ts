import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestName } from '../../../server/src/service/config/didYouMean';
import { nameLevelsById } from '../../../server/src/service/ladder/levelNames';
import { firstSyntaxError, jsonSyntaxMessage } from '../../../server/src/service/config/jsonSyntax';
import { parse, type ParseError } from 'jsonc-parser';

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
  assert.equal(nameLevelsById('levels[0] adds level "ic2"', ladder), 'level "ic2": adds level "ic2"');
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
