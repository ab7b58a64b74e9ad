import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';
import { gradeOf, levelById } from '../../../server/src/service/ladder/classifyTitle';
import { ladderFromObject, mergeLadder, parseLadderText } from '../../../server/src/service/ladder/loadLadder';
import type { ConfigProblem } from '../../../server/src/service/ladder/types';

const lines = (...text: string[]) => text.join('\n') + '\n';

function problem(message: string, line: number, character: number, endLine: number, endCharacter: number): ConfigProblem {
  return { file: 'ladder.json', message, line, character, endLine, endCharacter };
}

const smallLadder = (levels: string[]) =>
  lines(
    '{',
    '  "name": "Small",',
    '  "tracks": [{ "id": "ic", "title": "Individual contributor" }],',
    '  "levels": [',
    levels.join(',\n'),
    '  ],',
    '  "baseLevels": { "ic": "mid" },',
    '  "gradeLinks": ["/grades/"],',
    '  "sectionVocabulary": {',
    '    "job-grade": ["Job Grade"], "responsibilities": ["Responsibilities"], "requirements": ["Requirements"],',
    '    "performance-indicators": [], "career-ladder": [], "hiring-process": [], "specialties": [], "levels": []',
    '  },',
    '  "requiredRoleSections": ["job-grade"],',
    '  "requiredPageSections": [],',
    '  "requiredPhrases": [],',
    '  "layoutAnchors": [],',
    '  "frontMatterKeys": ["title"],',
    '  "inclusiveLanguage": [],',
    '  "families": []',
    '}',
  );
const level = (id: string, grade: number) =>
  `    { "id": "${id}", "title": "${id}", "track": "ic", "grade": ${grade}, "description": "", "match": { "words": ["${id}"] } }`;

test('a complete ladder file loads as written', () => {
  const { ladder, problems } = parseLadderText(smallLadder([level('mid', 6), level('top', 7)]), 'ladder.json');
  assert.deepEqual(problems, []);
  assert.equal(ladder.name, 'Small');
  assert.deepEqual(ladder.levels.map((entry) => entry.id), ['mid', 'top']);
});

test('invalid JSON is reported at the offending token and the default ladder is used', () => {
  const text = lines('{', '  "extends": "gitlab",', '  "name": "Acme"', '  "levels": []', '}');
  const { ladder, problems } = parseLadderText(text, 'ladder.json');
  assert.equal(ladder, defaultLadder);
  assert.deepEqual(problems, [problem('Invalid JSON: expected "," between items', 3, 2, 3, 10)]);
});

test('comments are allowed, trailing commas are not', () => {
  assert.deepEqual(parseLadderText('// mine\n{ "extends": "gitlab" }\n', 'ladder.json').problems, []);
  assert.deepEqual(parseLadderText('{ "extends": "gitlab", }', 'ladder.json').problems, [
    problem('Invalid JSON: expected a property name in double quotes', 0, 23, 0, 24),
  ]);
});

test('a wrong type is reported at the value', () => {
  const text = lines('{', '  "extends": "gitlab",', '  "levels": [', '    { "id": "staff", "grade": "eight" }', '  ]', '}');
  const { ladder, problems } = parseLadderText(text, 'ladder.json');
  assert.equal(ladder, defaultLadder);
  assert.deepEqual(problems, [problem('levels[0].grade must be a number', 3, 30, 3, 37)]);
});

test('a missing property is reported on the object, an unknown one on its name', () => {
  const text = lines('{', '  "name": "Broken",', '  "colour": "blue"', '}');
  const problems = parseLadderText(text, 'ladder.json').problems;
  assert.deepEqual(problems[0], problem('ladder is missing required property "tracks"', 0, 0, 3, 1));
  assert.deepEqual(problems.at(-1), problem('ladder has unknown property "colour"', 2, 2, 2, 10));
});

test('an unknown track is reported at the level\'s track', () => {
  const text = lines(
    '{',
    '  "extends": "gitlab",',
    '  "levels": [',
    '    {',
    '      "id": "apprentice",',
    '      "title": "Apprentice",',
    '      "track": "trainee",',
    '      "grade": 3,',
    '      "description": "Learns on the job.",',
    '      "match": { "words": ["Apprentice"] }',
    '    }',
    '  ]',
    '}',
  );
  assert.deepEqual(parseLadderText(text, 'ladder.json').problems, [
    problem('levels[0].track "trainee" is not a track; known tracks: ic, management', 6, 15, 6, 24),
  ]);
});

test('grades going down along a track are a non-monotonic ladder', () => {
  const { ladder, problems } = parseLadderText(smallLadder([level('mid', 6), level('top', 7), level('low', 5)]), 'ladder.json');
  assert.equal(ladder, defaultLadder);
  assert.deepEqual(problems, [
    problem(
      'Non-monotonic ladder: "low" (grade 5) comes after "top" (grade 7) on track "ic"; levels[2].grade must not be lower than an earlier level\'s',
      6,
      59,
      6,
      60,
    ),
  ]);
});

test('an extending file that lowers a grade below the previous level is non-monotonic', () => {
  const text = lines('{', '  "extends": "gitlab",', '  "levels": [{ "id": "staff", "grade": 6 }]', '}');
  assert.deepEqual(parseLadderText(text, 'ladder.json').problems.map((entry) => [entry.message, entry.line, entry.character]), [
    [
      'Non-monotonic ladder: "staff" (grade 6) comes after "senior" (grade 7) on track "ic"; levels[0].grade must not be lower than an earlier level\'s',
      2,
      39,
    ],
  ]);
});

test('duplicate level ids are reported at the second id', () => {
  const text = lines('{', '  "extends": "gitlab",', '  "levels": [', '    { "id": "staff", "grade": 8 },', '    { "id": "staff", "grade": 8 }', '  ]', '}');
  assert.deepEqual(parseLadderText(text, 'ladder.json').problems, [
    problem('levels[1].id "staff" duplicates levels[0].id', 4, 12, 4, 19),
  ]);
});

test('equivalents that loop through three levels are reported once', () => {
  const text = lines(
    '{',
    '  "extends": "gitlab",',
    '  "levels": [',
    '    { "id": "staff", "equivalent": "principal" },',
    '    { "id": "principal", "equivalent": "fellow" },',
    '    { "id": "fellow", "equivalent": "staff" }',
    '  ]',
    '}',
  );
  assert.deepEqual(parseLadderText(text, 'ladder.json').problems, [
    problem('levels[0].equivalent starts a cycle of 3 levels (staff → principal → fellow → staff); equivalents must be pairs', 3, 35, 3, 46),
  ]);
});

test('unknown equivalent, base level and family level ids are reported', () => {
  const text = lines(
    '{',
    '  "extends": "gitlab",',
    '  "levels": [{ "id": "staff", "equivalent": "boss" }],',
    '  "baseLevels": { "ic": "novice" },',
    '  "families": [{ "id": "x", "title": "X", "grades": { "wizard": 9 } }]',
    '}',
  );
  assert.deepEqual(parseLadderText(text, 'ladder.json').problems.map((entry) => [entry.message, entry.line, entry.character]), [
    ['levels[0].equivalent "boss" is not a level id', 2, 44],
    ['baseLevels.ic "novice" is not a level id', 3, 24],
    ['families[0].grades has unknown level "wizard" (family "X")', 4, 54],
  ]);
});

test('an extending file overrides one level\'s grade and keeps the rest of the default', () => {
  const text = lines('{', '  "$schema": "../schemas/ladder.schema.json",', '  "extends": "gitlab",', '  "name": "Acme",', '  "levels": [{ "id": "principal", "grade": 9.5 }]', '}');
  const { ladder, problems } = parseLadderText(text, 'ladder.json');
  assert.deepEqual(problems, []);
  assert.equal(ladder.name, 'Acme');
  assert.equal(gradeOf(ladder, 'principal'), 9.5);
  assert.equal(levelById(ladder, 'principal')?.title, 'Principal');
  assert.equal(gradeOf(ladder, 'staff'), 8);
  assert.equal(ladder.levels.length, defaultLadder.levels.length);
  assert.deepEqual(ladder.gradeLinks, defaultLadder.gradeLinks);
  assert.equal(gradeOf(defaultLadder, 'principal'), 9);
  assert.equal('extends' in ladder || '$schema' in ladder, false);
});

test('a level an extending file adds must be complete', () => {
  const text = lines('{', '  "extends": "gitlab",', '  "levels": [{ "id": "apprentice", "grade": 3 }]', '}');
  assert.deepEqual(parseLadderText(text, 'ladder.json').problems, [
    problem('levels[0] adds level "apprentice" and is missing required properties "title", "track"', 2, 13, 2, 47),
  ]);
});

test('mergeLadder merges levels by id and replaces other arrays', () => {
  const merged = mergeLadder(defaultLadder, { layoutAnchors: ['footer'], sectionVocabulary: { levels: ['Levels', 'Grades'] } });
  assert.deepEqual(merged.layoutAnchors, ['footer']);
  assert.deepEqual(merged.sectionVocabulary.levels, ['Levels', 'Grades']);
  assert.deepEqual(merged.sectionVocabulary['hiring-process'], ['Hiring Process', 'Interview Process']);
  assert.deepEqual(merged.levels, defaultLadder.levels);
});

test('mergeLadder drops removed levels, their base-level and equivalent references, and adds declared sections', () => {
  const merged = mergeLadder(defaultLadder, {
    removeLevels: ['fellow', 'intermediate'],
    sections: [{ id: 'impact', title: 'Impact', synonyms: ['Business impact'], required: ['role'] }],
  });
  assert.equal(merged.levels.some((level) => level.id === 'fellow' || level.id === 'intermediate'), false);
  assert.equal(merged.baseLevels.ic, undefined);
  assert.equal(merged.levels.find((level) => level.id === 'vp')?.equivalent, undefined);
  assert.deepEqual(merged.sectionVocabulary.impact, ['Impact', 'Business impact']);
  assert.equal(merged.sectionTitles.impact, 'Impact');
  assert.deepEqual(merged.requiredRoleSections, [...defaultLadder.requiredRoleSections, 'impact']);
});

test('an inline ladder points its problems into the surrounding config text', () => {
  const config = lines('{', '  "rules": {},', '  "ladder": { "extends": "gitlab", "levels": [{ "id": "staff", "grade": "eight" }] }', '}');
  const inline = (JSON.parse(config) as { ladder: unknown }).ladder;
  const withText = ladderFromObject(inline, 'roledocs.json', config);
  assert.equal(withText.ladder, defaultLadder);
  assert.deepEqual(withText.problems, [{ ...problem('levels[0].grade must be a number', 2, 72, 2, 79), file: 'roledocs.json' }]);
  const withoutText = ladderFromObject(inline, 'roledocs.json');
  assert.deepEqual(withoutText.problems, [{ ...problem('levels[0].grade must be a number', 0, 0, 0, 0), file: 'roledocs.json' }]);
  assert.deepEqual(ladderFromObject({ extends: 'gitlab', name: 'Inline' }, 'roledocs.json').ladder.name, 'Inline');
});
