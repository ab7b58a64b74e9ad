import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { parseConfigText } from '../../server/src/service/config/parseConfig';
import { defaultLadder } from '../../server/src/service/ladder/defaultLadder';
import { makeHandbook, runCliProcess } from '../helpers/runCliProcess';

const CONFIG = 'file:///ws/.role-docs.json';
const LADDERS: Record<string, string> = {
  'file:///ws/ladders/cyclic.json': JSON.stringify({ extends: 'gitlab', levels: [{ id: 'senior', equivalent: 'staff' }, { id: 'staff', equivalent: 'principal' }, { id: 'principal', equivalent: 'senior' }] }, null, 2),
  'file:///ws/ladders/down.json': JSON.stringify({ extends: 'gitlab', levels: [{ id: 'senior', grade: 3 }] }, null, 2),
  'file:///ws/ladders/family.json': JSON.stringify({ extends: 'gitlab', families: [{ id: 'x', title: 'X', pathIncludes: ['x'], grades: { nope: 5 } }] }, null, 2),
  // A ladder is data: JavaScript in it is a JSON syntax error, never run.
  'file:///ws/ladders/code.json': `require("child_process").execSync("touch /tmp/role-docs-pwned")`,
};

/** Problems as `file:line:col message`, the ladder in force and where it came from. */
async function load(text: string) {
  const config = await parseConfigText(text, CONFIG, async (uri) => LADDERS[uri], ['file:///ws']);
  return {
    defaultLadder: config.ladder === defaultLadder && config.ladderSource === 'default',
    problems: config.problems.map((p) => `${p.file.replace('file:///ws/', '')}:${p.line}:${p.character} ${p.message}`),
  };
}

test('bad .role-docs.json: one problem per mistake, in words, at its place; the ladder is never taken in its stead', async (t) => {
  const cases: [string, string, string[]][] = [
    ['not JSON: the first error only, not the cascade after it', '{ not json', ['.role-docs.json:0:2 Invalid JSON: unexpected character.']],
    ['a missing comma', '{\n  "rules": {}\n  "slugProfile": "hugo"\n}', ['.role-docs.json:2:2 Invalid JSON: expected "," between items.']],
    ['not an object', '[1,2]', ['.role-docs.json:0:0 The configuration must be a JSON object.']],
    ['wrong types', '{"rules": 5, "slugProfile": 3, "include": "x"}', [
      '.role-docs.json:0:10 rules must be an object of rule ids or names to severities.',
      '.role-docs.json:0:28 slugProfile must be one of "github", "kramdown", "hugo".',
      '.role-docs.json:0:42 include must be a list of strings.',
    ]],
    ['misspelt settings get a did-you-mean, others the list', '{"ladders": "x.json", "slug-profile": "hugo", "colour": 1}', [
      ".role-docs.json:0:1 Unknown setting 'ladders'; did you mean 'ladder'?",
      ".role-docs.json:0:22 Unknown setting 'slug-profile'; did you mean 'slugProfile'?",
      ".role-docs.json:0:46 Unknown setting 'colour'; the settings are ladder, slugProfile, rules, contentRoots, indexFiles, include, exclude.",
    ]],
    ['misspelt rules get a did-you-mean by name or id', '{"rules": {"broken-anchr": "error", "RD01": "off", "no-such-rule": "off", "broken-anchor": "loud"}}', [
      ".role-docs.json:0:11 Unknown rule 'broken-anchr'; did you mean 'broken-anchor'?",
      ".role-docs.json:0:36 Unknown rule 'RD01'; did you mean 'RD001'?",
      ".role-docs.json:0:51 Unknown rule 'no-such-rule'; give a rule id (RD001) or name (broken-anchor) from docs/rules.",
      ".role-docs.json:0:91 Severity of 'broken-anchor' must be one of off, hint, info, warning, error.",
    ]],
    ['missing ladder file', '{"ladder": "ladders/missing.json"}', [".role-docs.json:0:11 Cannot read the ladder file 'ladders/missing.json': check that it exists inside the workspace; its path is relative to .role-docs.json."]],
    ['ladder path leaving the workspace', '{"ladder": "../../etc/passwd"}', [".role-docs.json:0:11 The ladder file '../../etc/passwd' is outside the workspace, and only files inside it are read: move the ladder into the workspace and give its path relative to .role-docs.json."]],
    ['ladder path to a sibling of the workspace', '{"ladder": "../ws2/ladder.json"}', [".role-docs.json:0:11 The ladder file '../ws2/ladder.json' is outside the workspace, and only files inside it are read: move the ladder into the workspace and give its path relative to .role-docs.json."]],
    ['cyclic ladder: the level named by id', '{"ladder": "ladders/cyclic.json"}', [
      'ladders/cyclic.json:5:20 level "senior": equivalent starts a cycle of 3 levels (senior → staff → principal → senior); equivalents must be pairs',
    ]],
    ['non-monotonic ladder', '{"ladder": "ladders/down.json"}', [
      'ladders/down.json:5:15 Non-monotonic ladder: "senior" (grade 3) comes after "intermediate" (grade 6) on track "ic"; the grade of level "senior" must not be lower than an earlier level\'s',
    ]],
    ['unknown level in a family', '{"ladder": "ladders/family.json"}', ['ladders/family.json:10:8 families[0].grades has unknown level "nope" (family "X")']],
    ['a ladder written inside the config', '{"ladder": {"extends": "gitlab", "levels": [{"id": "senior", "equivalent": "nobody"}]}}', [
      '.role-docs.json:0:75 level "senior": equivalent "nobody" is not a level id',
    ]],
    ['ladder file holding code: one syntax error', '{"ladder": "ladders/code.json"}', ['ladders/code.json:0:0 Invalid JSON: unexpected character']],
  ];
  for (const [name, text, problems] of cases) {
    await t.test(name, async () => assert.deepEqual(await load(text), { defaultLadder: true, problems }));
  }
  assert.equal(existsSync('/tmp/role-docs-pwned'), false);
});

test('__proto__ keys in the config pollute nothing', async () => {
  const { problems } = await load('{"__proto__": {"polluted": 1}, "rules": {"__proto__": "error"}}');
  assert.deepEqual(problems, [".role-docs.json:0:1 Unknown setting '__proto__'; the settings are ladder, slugProfile, rules, contentRoots, indexFiles, include, exclude."]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('the CLI stops on a bad config: exit 2, every problem on stderr, no page checked, no stack trace', () => {
  const dir = makeHandbook({
    '.role-docs.json': '{\n  "rules": { "no-such-rule": "error" },\n  "ladder": "ladders/missing.json"\n}\n',
    'page.md': '# Page\n\n[broken](#nowhere)\n',
  });
  const run = runCliProcess(['check', '.'], dir);
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.equal(
    run.stderr,
    [
      'role-docs: The configuration has 2 problems, so no page was checked; fix them and run again:',
      ".role-docs.json:2:14 Unknown rule 'no-such-rule'; give a rule id (RD001) or name (broken-anchor) from docs/rules.",
      ".role-docs.json:3:13 Cannot read the ladder file 'ladders/missing.json': check that it exists inside the workspace; its path is relative to .role-docs.json.",
      '',
    ].join('\n'),
  );
});
