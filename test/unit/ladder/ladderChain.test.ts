import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';
import { loadInlineLadder, loadLadderFile, MAX_LADDER_CHAIN } from '../../../server/src/service/ladder/ladderChain';
import type { ConfigProblem } from '../../../server/src/service/ladder/types';

const ROOT = 'file:///hb';

/** Ladder files by path under ROOT, read only inside ROOT; `read` lists what was asked for, in order. */
function files(byPath: Record<string, string>) {
  const read: string[] = [];
  return {
    read,
    roots: [ROOT],
    readText: async (uri: string) => {
      read.push(uri.slice(ROOT.length + 1));
      return byPath[uri.slice(ROOT.length + 1)];
    },
  };
}

async function load(byPath: Record<string, string>, start: string) {
  const reader = files(byPath);
  const loaded = await loadLadderFile(byPath[start]!, `${ROOT}/${start}`, reader);
  return { ...loaded, read: reader.read };
}

/** A problem on line 1 (0-based 0) of a file under ROOT, `from`–`to` characters. */
const at = (path: string, from: number, to: number, message: string): ConfigProblem => ({ file: `${ROOT}/${path}`, message, line: 0, character: from, endLine: 0, endCharacter: to });

const codes = JSON.stringify({
  name: 'Codes',
  tracks: [{ id: 'ic', title: 'Individual contributor' }],
  levels: [
    { id: 'ic1', code: 'IC1', title: 'Engineer', track: 'ic' },
    { id: 'ic2', code: 'IC2', title: 'Senior Engineer', track: 'ic' },
    { id: 'ic3', code: 'IC3', title: 'Staff Engineer', track: 'ic' },
  ],
  sections: [{ id: 'impact', title: 'Impact', required: ['role'] }],
});

test('a ladder extends a file beside it: levels merge by id, removeLevels drops, sections add, other fields replace', async () => {
  const team = JSON.stringify({
    extends: './base/codes.json',
    name: 'Team',
    removeLevels: ['ic3'],
    levels: [{ id: 'ic2', title: 'Senior' }, { id: 'ic4', code: 'IC4', title: 'Principal', track: 'ic' }],
    sections: [{ id: 'scope', title: 'Scope', required: ['role'] }],
  });
  const { ladder, problems, read } = await load({ 'team.json': team, 'base/codes.json': codes }, 'team.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(read, ['base/codes.json']);
  assert.equal(ladder.name, 'Team');
  assert.deepEqual(ladder.levels.map((l) => [l.id, l.code, l.title]), [['ic1', 'IC1', 'Engineer'], ['ic2', 'IC2', 'Senior'], ['ic4', 'IC4', 'Principal']]);
  assert.deepEqual(ladder.requiredRoleSections, ['impact', 'scope']);
  assert.deepEqual(ladder.sectionTitles, { impact: 'Impact', scope: 'Scope' });
});

test('a chain: a extends b extends gitlab, each file overriding the one before', async () => {
  const a = '{ "extends": "./b.json", "name": "A", "levels": [{ "id": "staff", "grade": 9 }] }';
  const b = '{ "extends": "gitlab", "name": "B", "removeLevels": ["associate"], "levels": [{ "id": "staff", "grade": 8, "code": "S8" }] }';
  const { ladder, problems, read } = await load({ 'a.json': a, 'b.json': b }, 'a.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(read, ['b.json']);
  assert.equal(ladder.name, 'A');
  const staff = ladder.levels.find((l) => l.id === 'staff')!;
  assert.deepEqual([staff.grade, staff.code, staff.title], [9, 'S8', defaultLadder.levels.find((l) => l.id === 'staff')!.title]);
  assert.equal(ladder.levels.some((l) => l.id === 'associate'), false);
  assert.equal(ladder.levels.length, defaultLadder.levels.length - 1);
});

test('a cycle is a problem at the extends that closes it, naming the files around it', async () => {
  const { ladder, problems } = await load({ 'a.json': '{ "extends": "./b.json" }', 'b.json': '{ "extends": "./a.json" }' }, 'a.json');
  assert.equal(ladder, defaultLadder);
  assert.deepEqual(problems, [at('b.json', 13, 23, "extends './a.json' makes a cycle (a.json → b.json → a.json): a ladder cannot extend itself, even through other files.")]);
  const self = await load({ 'a.json': '{ "extends": "a.json" }' }, 'a.json');
  assert.deepEqual(self.problems, [at('a.json', 13, 21, "extends 'a.json' makes a cycle (a.json → a.json): a ladder cannot extend itself, even through other files.")]);
});

test(`a chain of ${MAX_LADDER_CHAIN} files loads; one more is a problem listing them all`, async () => {
  const chain = (length: number) => {
    const byPath: Record<string, string> = {};
    for (let i = 1; i < length; i++) byPath[`l${i}.json`] = `{ "extends": "./l${i + 1}.json" }`;
    byPath[`l${length}.json`] = '{ "extends": "gitlab", "name": "Deep" }';
    return byPath;
  };
  const longest = await load(chain(MAX_LADDER_CHAIN), 'l1.json');
  assert.deepEqual(longest.problems, []);
  assert.equal(longest.ladder.name, 'Deep');
  const tooLong = await load(chain(MAX_LADDER_CHAIN + 1), 'l1.json');
  assert.deepEqual(tooLong.problems, [
    at('l8.json', 13, 24, "extends './l9.json' makes a chain of more than 8 ladder files (l1.json → l2.json → l3.json → l4.json → l5.json → l6.json → l7.json → l8.json → l9.json): merge some of them."),
  ]);
  assert.deepEqual(tooLong.read, ['l2.json', 'l3.json', 'l4.json', 'l5.json', 'l6.json', 'l7.json', 'l8.json'], 'the ninth file is never read');
});

test('a base outside the roots is refused with words and never read; a missing one is named', async () => {
  const outside = await load({ 'a.json': '{ "extends": "../elsewhere/base.json" }' }, 'a.json');
  assert.deepEqual(outside.problems, [
    at('a.json', 13, 37, "The ladder file '../elsewhere/base.json' that this ladder extends is outside the workspace, and only files inside it are read: move it into the workspace and give its path relative to this file."),
  ]);
  assert.deepEqual(outside.read, []);
  const missing = await load({ 'a.json': '{ "extends": "./nope.json" }' }, 'a.json');
  assert.deepEqual(missing.problems, [
    at('a.json', 13, 26, "Cannot read the ladder file './nope.json' that this ladder extends: check that it exists inside the workspace; its path is relative to this file."),
  ]);
});

test('a base with a problem passes it on, in the base file and worded for it; the extending file adds none', async () => {
  const { ladder, problems } = await load({ 'a.json': '{ "extends": "./b.json", "name": "A" }', 'b.json': '{ "extends": "gitlab", "levels": [{ "id": "staff", "grade": "x" }] }' }, 'a.json');
  assert.equal(ladder, defaultLadder);
  assert.deepEqual(problems, [at('b.json', 60, 63, 'level "staff": grade must be a number')]);
});

test('extends must be "gitlab" or a .json path: anything else is a schema problem, nothing is read', async () => {
  const { problems, read } = await load({ 'a.json': '{ "extends": "gitlb" }' }, 'a.json');
  assert.deepEqual(problems, [at('a.json', 13, 20, 'extends must be "gitlab" or the path of a ladder file ending in .json, as in "./base-ladder.json"')]);
  assert.deepEqual(read, []);
});

test('a ladder inside .role-docs.json extends a file relative to the config', async () => {
  const config = '{ "ladder": { "extends": "ladders/codes.json", "name": "Inline", "levels": [{ "id": "ic3", "grade": 3 }] } }';
  const reader = files({ 'ladders/codes.json': codes });
  const inline = (JSON.parse(config) as { ladder: unknown }).ladder;
  const { ladder, problems } = await loadInlineLadder(inline, `${ROOT}/.role-docs.json`, config, reader);
  assert.deepEqual(problems, []);
  assert.equal(ladder.name, 'Inline');
  assert.deepEqual(ladder.levels.map((l) => [l.id, l.grade]), [['ic1', undefined], ['ic2', undefined], ['ic3', 3]]);
  const missing = await loadInlineLadder({ extends: './x.json' }, `${ROOT}/.role-docs.json`, '{ "ladder": { "extends": "./x.json" } }', files({}));
  assert.deepEqual(missing.problems, [
    at('.role-docs.json', 25, 35, "Cannot read the ladder file './x.json' that this ladder extends: check that it exists inside the workspace; its path is relative to this file."),
  ]);
});

test('removeLevels also takes the removed levels out of the inherited families', async () => {
  const { ladder, problems } = await load({ 'a.json': '{ "extends": "gitlab", "removeLevels": ["staff"] }' }, 'a.json');
  assert.deepEqual(problems, []);
  const graded = (ladders: typeof defaultLadder) => ladders.families.filter((f) => 'staff' in f.grades || f.levels?.includes('staff')).map((f) => f.id);
  assert.notDeepEqual(graded(defaultLadder), []);
  assert.deepEqual(graded(ladder), []);
  assert.equal(ladder.families.length, defaultLadder.families.length);
});
