import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, range, PAGE_URI, ROOT } from './checkPage';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';

const RD015 = { ruleId: 'RD015' };

test('a listed term: exact message, the word range, one unsafe fix per replacement in the writer\'s case', async () => {
  const text = 'Thanks, Guys.\n';
  const findings = await checkPage(text, RD015);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'inclusive-language');
  assert.equal(f.message, "Non-inclusive term 'Guys': consider 'Everyone', 'Team', 'Folks'.");
  assert.deepEqual(f.range, range(0, 8, 0, 12));
  assert.deepEqual(f.fixes, [
    { title: "Replace 'Guys' with 'Everyone'", edits: [{ range: range(0, 8, 0, 12), newText: 'Everyone' }], safe: false, preferred: true },
    { title: "Replace 'Guys' with 'Team'", edits: [{ range: range(0, 8, 0, 12), newText: 'Team' }], safe: false, preferred: false },
    { title: "Replace 'Guys' with 'Folks'", edits: [{ range: range(0, 8, 0, 12), newText: 'Folks' }], safe: false, preferred: false },
  ]);
  assert.deepEqual(f.data, { term: 'guys', replacements: ['everyone', 'team', 'folks'] });
});

test('phrases and slashes match as whole words, ignoring case and line breaks', async () => {
  const text = 'He or\nshe asks; s/he answers; HE/SHE decides.\n';
  const findings = await checkPage(text, RD015);
  assert.deepEqual(
    findings.map((f) => [f.range, f.fixes?.[0].edits[0].newText]),
    [
      [range(0, 0, 1, 3), 'They'],
      [range(1, 10, 1, 14), 'they'],
      [range(1, 24, 1, 30), 'THEY'],
    ],
  );
});

test('parts of words, code, link targets, autolinks and exceptions are not reported', async () => {
  const text = [
    'Mastery and guysborough; `master` and a [guide](/blacklist/).',
    '',
    'See https://example.com/whitelist and a Master’s degree or a Master\'s in Science.',
    '',
    '```',
    'git push origin master',
    '```',
    '',
  ].join('\n');
  assert.deepEqual(await checkPage(text, RD015), []);
});

test('a workspace can allow terms through the rule option', async () => {
  const text = 'The master plan, the ninja team.\n';
  const config = defaultConfig();
  config.rules.set('RD015', { options: { allow: ['Master', 42] } });
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], { [PAGE_URI]: text }), config });
  const findings = (await service.check(service.getDocument(PAGE_URI, text, 1))).filter((f) => f.ruleId === 'RD015');
  assert.deepEqual(findings.map((f) => f.message), ["Non-inclusive term 'ninja': consider 'expert'."]);
});

test('a ladder without the list reports nothing', async () => {
  const text = 'Thanks, guys.\n';
  const config = defaultConfig();
  config.ladder = { ...config.ladder, inclusiveLanguage: [] };
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], { [PAGE_URI]: text }), config });
  assert.deepEqual((await service.check(service.getDocument(PAGE_URI, text, 1))).filter((f) => f.ruleId === 'RD015'), []);
});

test('a term mentioned, a name, a branch or path, the verb "to master" and legal terms are not uses of it', async () => {
  const text = [
    'Don\'t call groups of people “guys”, \'guys\' or "guys". We are changing blacklist to denylist, instead of master.',
    'We build with a build system called Ninja, the Ninja Build tool and the Code Ninja Academy course.',
    'See [the upstream/master pipelines](https://example.com/pipelines#master-pipelines) and merge into upstream/master.',
    'Engineers master the stack; you will master Go.',
    '- Master MEDPICC and Command of the Message.',
    'Sign the Master Services Agreement or the master agreement. Mastery and mastering are fine.',
    '',
  ].join('\n');
  assert.deepEqual(await checkPage(text, RD015), []);
});

test('real uses beside them are still reported: lower case, titles, "master" as a noun', async () => {
  const text = [
    'Hey guys, the master plan, a ninja team, the Chairman of the board.',
    '- Master visual storyteller; the [master plan](/handbook/plan/) is the CE master pipeline.',
    '',
  ].join('\n');
  assert.deepEqual(
    (await checkPage(text, RD015)).map((f) => [f.message, f.range]),
    [
      ["Non-inclusive term 'guys': consider 'everyone', 'team', 'folks'.", range(0, 4, 0, 8)],
      ["Non-inclusive term 'master': consider 'primary', 'main'.", range(0, 14, 0, 20)],
      ["Non-inclusive term 'ninja': consider 'expert'.", range(0, 29, 0, 34)],
      ["Non-inclusive term 'Chairman': consider 'Chair'.", range(0, 45, 0, 53)],
      ["Non-inclusive term 'Master': consider 'Primary', 'Main'.", range(1, 2, 1, 8)],
      ["Non-inclusive term 'master': consider 'primary', 'main'.", range(1, 34, 1, 40)],
      ["Non-inclusive term 'master': consider 'primary', 'main'.", range(1, 74, 1, 80)],
    ],
  );
});

test('a capital that opens a sentence or sits in a heading is no name: "Hey Guys" and "## Our Rockstar Team" are uses', async () => {
  const text = '## Our Rockstar Team\n\nHey Guys, welcome.\n';
  assert.deepEqual(
    (await checkPage(text, RD015)).map((f) => [f.message, f.range]),
    [
      ["Non-inclusive term 'Rockstar': consider 'Expert', 'Standout'.", range(0, 7, 0, 15)],
      ["Non-inclusive term 'Guys': consider 'Everyone', 'Team', 'Folks'.", range(2, 4, 2, 8)],
    ],
  );
});
