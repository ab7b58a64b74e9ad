import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentedRules } from '../../scripts/generate/generatedFiles';
import { parseConfigText } from '../../server/src/service/config/parseConfig';
import { checkPage } from './rules/checkPage';
import { ladderFromObject } from '../../server/src/service/ladder/loadLadder';
import type { Ladder } from '../../server/src/service/ladder/types';

/** Rules whose examples describe a file rather than show one: nothing to run them through. */
const DESCRIBED_ONLY = ['RD000', 'RD102'];

/** Findings of one rule for an example: checked as a page, or, for JSON, read as `.role-docs.json`. */
async function findingsOf(ruleId: string, language: string, text: string, ladder?: Ladder): Promise<string[]> {
  if (language === 'json') {
    const config = await parseConfigText(text, 'file:///ws/.role-docs.json', async () => undefined);
    return config.problems.map((p) => p.message);
  }
  return (await checkPage(text + '\n', { ruleId, ladder })).map((f) => f.message);
}

test('every rule documents a wrong and a right example', () => {
  const missing = documentedRules().filter((r) => !r.example || !r.correctExample).map((r) => r.id);
  assert.deepEqual(missing, []);
  assert.deepEqual(documentedRules().filter((r) => r.exampleLanguage === 'text').map((r) => r.id), DESCRIBED_ONLY);
});

for (const rule of documentedRules().filter((r) => !DESCRIBED_ONLY.includes(r.id))) {
  test(`${rule.id} ${rule.alias}: its wrong example is reported, its right example is not`, async () => {
    const language = rule.exampleLanguage ?? 'markdown';
    const loaded = rule.exampleLadder ? ladderFromObject(rule.exampleLadder, 'example-ladder.json') : undefined;
    assert.deepEqual(loaded?.problems ?? [], []);
    const wrong = await findingsOf(rule.id, language, rule.example!, loaded?.ladder);
    assert.ok(wrong.length > 0, `the wrong example gives no ${rule.id} finding`);
    assert.deepEqual(await findingsOf(rule.id, language, rule.correctExample!, loaded?.ladder), []);
  });
}
