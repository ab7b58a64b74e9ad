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
  assert.equal(f.message, "'Guys' is not inclusive language; consider 'Everyone', 'Team', 'Folks'.");
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
  assert.deepEqual(findings.map((f) => f.message), ["'ninja' is not inclusive language; consider 'expert'."]);
});

test('a ladder without the list reports nothing', async () => {
  const text = 'Thanks, guys.\n';
  const config = defaultConfig();
  config.ladder = { ...config.ladder, inclusiveLanguage: [] };
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], { [PAGE_URI]: text }), config });
  assert.deepEqual((await service.check(service.getDocument(PAGE_URI, text, 1))).filter((f) => f.ruleId === 'RD015'), []);
});
