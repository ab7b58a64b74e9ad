import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { parseConfigText } from '../../../server/src/service/config/parseConfig';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import type { RoleDocsConfig } from '../../../server/src/service/config/configTypes';

const ROOT = 'file:///ws';
const URI = `${ROOT}/notes.md`;
const PAGE = '# Notes\n\nText. <!--  role-docs-disable-line  brokn-anchor,RD001 -->\n';

async function check(config: RoleDocsConfig) {
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], { [URI]: PAGE }), config });
  return service.check(service.getDocument(URI, PAGE, 1));
}

test('an unknown rule name in a comment is RD101 at the name, with a message', async () => {
  const findings = (await check(defaultConfig())).filter((f) => f.ruleId === 'RD101');
  assert.deepEqual(findings, [
    {
      ruleId: 'RD101',
      rule: 'unknown-rule-in-comment',
      severity: 'warning',
      uri: URI,
      range: { start: { line: 2, character: 36 }, end: { line: 2, character: 48 } },
      message: "No rule is called 'brokn-anchor'; this comment suppresses nothing for it.",
      data: { name: 'brokn-anchor' },
    },
  ]);
  assert.equal(PAGE.split('\n')[2].slice(36, 48), 'brokn-anchor');
});

test('.role-docs.json sets the severity of RD101 by id or alias, and can turn it off', async () => {
  const read = async () => undefined;
  const error = await parseConfigText('{ "rules": { "RD101": "error" } }', `${ROOT}/.role-docs.json`, read);
  assert.deepEqual(error.problems, []);
  assert.deepEqual((await check(error)).filter((f) => f.ruleId === 'RD101').map((f) => f.severity), ['error']);
  const off = await parseConfigText('{ "rules": { "unknown-rule-in-comment": "off" } }', `${ROOT}/.role-docs.json`, read);
  assert.deepEqual(off.problems, []);
  assert.deepEqual((await check(off)).filter((f) => f.ruleId === 'RD101'), []);
});

test('engine findings that cannot be configured stay unknown to the config', async () => {
  const config = await parseConfigText('{ "rules": { "unreadable-file": "off" } }', `${ROOT}/.role-docs.json`, async () => undefined);
  assert.deepEqual(config.problems.map((p) => p.message), ["Rule 'unreadable-file' (RD000) cannot be configured: it is always an error."]);
});
