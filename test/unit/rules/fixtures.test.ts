import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { isSlugProfileName, type SlugProfileName } from '../../../server/src/service/document/slug';

/**
 * Every fixture page is checked and, for every rule some fixture marks, the whole set of `line:ruleId` findings must equal the set of
 * `<!-- expect RDnnn -->` markers (line numbers are the fixture file's, 1-based), so a new false
 * positive fails as loudly as a missed defect.
 */
const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));
const ROOT = 'file:///ws';
const DIRECTIVE = /^<!--\s*fixture\s+slugProfile:\s*(\S+)\s*-->\r?\n/;
const MARKER = /<!--\s*expect\s+([^>]*?)\s*-->/g;
const MARKER_ITEM = /^(RD\d{3})(?::([+-]\d+))?$/;

interface Fixture {
  name: string;
  uri: string;
  /** Text the service checks: the fixture without its directive line. */
  text: string;
  /** Lines removed from the top (the directive), added back to reported lines. */
  lineShift: number;
  profile: SlugProfileName;
  expected: string[];
}

function fixtureUri(name: string): string {
  const slug = name.replace(/\.md$/, '');
  return slug.includes('sales') ? `${ROOT}/job-families/sales/${slug}/index.html.md` : `${ROOT}/job-families/${slug}/index.html.md`;
}

function readFixture(name: string): Fixture {
  const source = readFileSync(FIXTURE_DIR + name, 'utf8');
  const directive = DIRECTIVE.exec(source);
  let profile: SlugProfileName = 'github';
  if (directive) {
    assert.ok(isSlugProfileName(directive[1]), `${name}: unknown slug profile '${directive[1]}'`);
    profile = directive[1];
  }
  const expected: string[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    for (const marker of line.matchAll(MARKER)) {
      for (const item of marker[1].split(',').map((s) => s.trim())) {
        const parsed = MARKER_ITEM.exec(item);
        assert.ok(parsed, `${name}:${index + 1}: bad expect marker '${item}'`);
        expected.push(`${index + 1 + Number(parsed[2] ?? 0)}:${parsed[1]}`);
      }
    }
  });
  return {
    name,
    uri: fixtureUri(name),
    text: directive ? source.slice(directive[0].length) : source,
    lineShift: directive ? 1 : 0,
    profile,
    expected: expected.sort(compareKeys),
  };
}

function compareKeys(a: string, b: string): number {
  const [la, ra] = a.split(':');
  const [lb, rb] = b.split(':');
  return Number(la) - Number(lb) || ra.localeCompare(rb);
}

const fixtures = readdirSync(FIXTURE_DIR)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map(readFixture);

/**
 * Rules the fixtures speak for: every rule with a marker in some fixture. For those rules the
 * whole set is compared in every fixture; a new rule opts in by adding its first marker.
 */
const coveredRules = new Set(fixtures.flatMap((f) => f.expected.map((k) => k.split(':')[1])));

test('the fixture folder holds fixtures with markers', () => {
  assert.ok(fixtures.length >= 10, `only ${fixtures.length} fixtures`);
  for (const id of ['RD001', 'RD002', 'RD003', 'RD004', 'RD005']) assert.ok(coveredRules.has(id), `no fixture marks ${id}`);
});

for (const fixture of fixtures) {
  test(`fixture ${fixture.name}`, async () => {
    // Every fixture is in the workspace so site-path links between fixtures resolve.
    const files = Object.fromEntries(fixtures.map((f) => [f.uri, f.text]));
    const config = defaultConfig();
    config.slugProfile = fixture.profile;
    const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], files), config });
    const findings = (await service.check(service.getDocument(fixture.uri, fixture.text, 1))).filter((f) => coveredRules.has(f.ruleId));
    const actual = findings.map((f) => `${f.range.start.line + 1 + fixture.lineShift}:${f.ruleId}`).sort(compareKeys);
    const missing = fixture.expected.filter((k) => !actual.includes(k));
    const unexpected = findings
      .filter((f) => !fixture.expected.includes(`${f.range.start.line + 1 + fixture.lineShift}:${f.ruleId}`))
      .map((f) => `${f.range.start.line + 1 + fixture.lineShift}:${f.ruleId} ${f.message}`);
    assert.deepEqual(
      actual,
      fixture.expected,
      `${fixture.name}\n  missed:     ${missing.join(', ') || '-'}\n  unexpected: ${unexpected.join('\n              ') || '-'}`,
    );
  });
}
