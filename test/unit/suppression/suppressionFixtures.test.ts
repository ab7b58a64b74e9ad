import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';

/**
 * Each fixture under test/fixtures/suppression uses one comment form; the findings that survive
 * (all rules, `line:ruleId`) must equal its `<!-- expect RDnnn -->` markers.
 */
const DIR = fileURLToPath(new URL('../../fixtures/suppression/', import.meta.url));
const ROOT = 'file:///ws';
const MARKER = /<!--\s*expect\s+(RD\d{3})\s*-->/g;

async function surviving(text: string): Promise<string[]> {
  const uri = `${ROOT}/job-families/widget/index.html.md`;
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], { [uri]: text }) });
  const findings = await service.check(service.getDocument(uri, text, 1));
  return findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`);
}

function expected(text: string): string[] {
  return text.split('\n').flatMap((line, i) => [...line.matchAll(MARKER)].map((m) => `${i + 1}:${m[1]}`));
}

const names = readdirSync(DIR).filter((n) => n.endsWith('.md')).sort();

test('there is a fixture for every comment form', () => {
  assert.deepEqual(names, [
    'disable-enable.md',
    'disable-file-all.md',
    'disable-file.md',
    'disable-line.md',
    'disable-next-line.md',
    'enable-file.md',
    'not-directives.md',
    'unknown-rule.md',
  ]);
});

for (const name of names) {
  test(`suppression fixture ${name}`, async () => {
    const text = readFileSync(DIR + name, 'utf8');
    assert.deepEqual(await surviving(text), expected(text));
  });
}

test('the same pages without their comments have every finding back', async () => {
  const text = readFileSync(DIR + 'disable-file-all.md', 'utf8').replace('<!-- role-docs-disable-file -->', '');
  assert.deepEqual(await surviving(text), ['9:RD003', '13:RD001']);
});
