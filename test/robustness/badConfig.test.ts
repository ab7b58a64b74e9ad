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
  const config = await parseConfigText(text, CONFIG, async (uri) => LADDERS[uri]);
  return {
    defaultLadder: config.ladder === defaultLadder && config.ladderSource === 'default',
    problems: config.problems.map((p) => `${p.file.replace('file:///ws/', '')}:${p.line}:${p.character} ${p.message}`),
  };
}

test('bad .role-docs.json: each problem has its file and position, and the default ladder stays', async (t) => {
  const cases: [string, string, string[]][] = [
    ['not JSON', '{ not json', ['.role-docs.json:0:2 Not valid JSON: InvalidSymbol.', '.role-docs.json:0:6 Not valid JSON: InvalidSymbol.', '.role-docs.json:0:10 Not valid JSON: CloseBraceExpected.']],
    ['not an object', '[1,2]', ['.role-docs.json:0:0 The configuration must be a JSON object.']],
    ['wrong types', '{"rules": 5, "slugProfile": 3, "include": "x"}', [
      '.role-docs.json:0:10 rules must be an object of rule ids or names to severities.',
      '.role-docs.json:0:28 slugProfile must be one of "github", "kramdown", "hugo".',
      '.role-docs.json:0:42 include must be a list of strings.',
    ]],
    ['unknown rule and severity', '{"rules": {"no-such-rule": "error", "broken-anchor": "loud"}}', [
      ".role-docs.json:0:11 Unknown rule 'no-such-rule'.",
      ".role-docs.json:0:53 Severity of 'broken-anchor' must be one of off, hint, info, warning, error.",
    ]],
    ['missing ladder file', '{"ladder": "ladders/missing.json"}', [".role-docs.json:0:11 Cannot read the ladder file 'ladders/missing.json' inside the workspace; using the default ladder."]],
    ['ladder path leaving the workspace', '{"ladder": "../../etc/passwd"}', [".role-docs.json:0:11 Cannot read the ladder file '../../etc/passwd' inside the workspace; using the default ladder."]],
    ['cyclic ladder', '{"ladder": "ladders/cyclic.json"}', [
      ".role-docs.json:0:11 The ladder file 'ladders/cyclic.json' has problems; using the default ladder.",
      'ladders/cyclic.json:5:20 levels[0].equivalent starts a cycle of 3 levels (senior → staff → principal → senior); equivalents must be pairs',
    ]],
    ['non-monotonic ladder', '{"ladder": "ladders/down.json"}', [
      ".role-docs.json:0:11 The ladder file 'ladders/down.json' has problems; using the default ladder.",
      'ladders/down.json:5:15 Non-monotonic ladder: "senior" (grade 3) comes after "intermediate" (grade 6) on track "ic"; levels[0].grade must not be lower than an earlier level\'s',
    ]],
    ['unknown level in a family', '{"ladder": "ladders/family.json"}', [
      ".role-docs.json:0:11 The ladder file 'ladders/family.json' has problems; using the default ladder.",
      'ladders/family.json:10:8 families[0].grades has unknown level "nope" (family "X")',
    ]],
    ['ladder file holding code', '{"ladder": "ladders/code.json"}', [
      ".role-docs.json:0:11 The ladder file 'ladders/code.json' has problems; using the default ladder.",
      'ladders/code.json:0:0 Invalid JSON: unexpected character',
      'ladders/code.json:0:23 Invalid JSON: unexpected character',
      'ladders/code.json:0:34 Invalid JSON: unexpected text after the ladder object',
    ]],
  ];
  for (const [name, text, problems] of cases) {
    await t.test(name, async () => assert.deepEqual(await load(text), { defaultLadder: true, problems }));
  }
  assert.equal(existsSync('/tmp/role-docs-pwned'), false);
});

test('__proto__ keys in the config pollute nothing', async () => {
  const { problems } = await load('{"__proto__": {"polluted": 1}, "rules": {"__proto__": "error"}}');
  assert.deepEqual(problems, [".role-docs.json:0:1 Unknown setting '__proto__'."]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('the CLI names the bad config file and position, checks on with the default ladder, and prints no stack trace', () => {
  const dir = makeHandbook({
    '.role-docs.json': '{\n  "rules": { "no-such-rule": "error" },\n  "ladder": "ladders/missing.json"\n}\n',
    'page.md': '# Page\n\n[broken](#nowhere)\n',
  });
  const run = runCliProcess(['check', '.'], dir);
  assert.equal(run.status, 1);
  assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
  assert.deepEqual(run.stdout.trim().split('\n').map((l) => l.replace(/ +/g, ' ')), [
    ".role-docs.json:2:14 error RD100/invalid-config Unknown rule 'no-such-rule'.",
    ".role-docs.json:3:13 error RD100/invalid-config Cannot read the ladder file 'ladders/missing.json' inside the workspace; using the default ladder.",
    "page.md:3:11 error RD001/broken-anchor No heading or anchor on this page has the id '#nowhere'.",
  ]);
});
