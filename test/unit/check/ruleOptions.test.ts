import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/service/check/checkDocument';
import { buildRoleDocument } from '../../../server/src/service/document/buildRoleDocument';
import { documentOptions } from '../../../server/src/service/index';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { parseConfigText } from '../../../server/src/service/config/parseConfig';
import type { Rule, RuleContext } from '../../../server/src/service/rules/ruleTypes';

function recordingRule(seen: RuleContext['options'][]): Rule {
  return {
    id: 'RD900',
    alias: 'recording',
    description: 'Records the options it is given.',
    tags: [],
    defaultSeverity: 'info',
    fixable: false,
    options: { limit: { type: 'number' } },
    check(context) {
      seen.push(context.options);
      return [{ ruleId: 'RD900', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'seen' }];
    },
  };
}

test("a rule's options and severity from the config reach its run", () => {
  const config = defaultConfig();
  config.rules.set('RD900', { severity: 'error', options: { limit: 3 } });
  const document = buildRoleDocument('file:///ws/a.md', 1, '# A\n', documentOptions(config));
  const seen: RuleContext['options'][] = [];
  const findings = checkDocument(document, config, 'a.md', { byLinkOffset: new Map() }, undefined, [recordingRule(seen)]);
  assert.deepEqual(seen, [{ limit: 3 }]);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.rule, f.severity]), [['RD900', 'recording', 'error']]);
});

test('without a setting a rule runs at its default severity with no options; off does not run it', () => {
  const config = defaultConfig();
  const document = buildRoleDocument('file:///ws/a.md', 1, '# A\n', documentOptions(config));
  const seen: RuleContext['options'][] = [];
  const run = () => checkDocument(document, config, 'a.md', { byLinkOffset: new Map() }, undefined, [recordingRule(seen)]);
  assert.deepEqual(run().map((f) => f.severity), ['info']);
  assert.deepEqual(seen, [{}]);
  config.rules.set('RD900', { severity: 'off', options: {} });
  assert.deepEqual(run(), []);
  assert.equal(seen.length, 1);
});

test('an option the rule does not declare is a config problem at its key, and is dropped', async () => {
  const text = '{\n  "rules": { "broken-anchor": { "severity": "warning", "ignoreCase": true } }\n}\n';
  const config = await parseConfigText(text, 'file:///ws/.role-docs.json', async () => undefined);
  assert.deepEqual(config.problems, [
    { file: 'file:///ws/.role-docs.json', message: "Rule 'broken-anchor' has no option 'ignoreCase'.", line: 1, character: 55, endLine: 1, endCharacter: 67 },
  ]);
  assert.equal(text.split('\n')[1].slice(55, 67), '"ignoreCase"');
  assert.deepEqual(config.rules.get('RD001'), { severity: 'warning', options: {} });
});
