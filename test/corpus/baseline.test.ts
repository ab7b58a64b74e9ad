import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertCorpusPresent, corpusRoot } from '../helpers/corpus';
import { checkTree } from '../helpers/checkTree';
import type { SlugProfileName } from '../../server/src/service/document/slug';
import { rules } from '../../server/src/service/rules';
import type { ResolvedFinding } from '../../server/src/service/types';

/**
 * Every rule's findings on the whole corpus, as `path:line` (no page text), against a reviewed
 * baseline in test/corpus/baseline/<id>.json. A new or a lost finding fails with the difference;
 * `ROLE_DOCS_UPDATE_BASELINE=1` rewrites the baseline instead (review the diff before committing).
 */
const BASELINE_DIR = fileURLToPath(new URL('./baseline/', import.meta.url));
const UPDATE = process.env.ROLE_DOCS_UPDATE_BASELINE === '1';
const HUGO_DIR = 'docsy-as-module';

interface Baseline {
  rule: string;
  alias: string;
  count: number;
  findings: string[];
}

async function checkCorpus(root: string, profile: SlugProfileName): Promise<{ findings: ResolvedFinding[]; ruleFailures: string[] }> {
  return checkTree([root], (config) => {
    config.slugProfile = profile;
  });
}

function keyOf(f: ResolvedFinding): string {
  const prefix = `file://${corpusRoot}/`;
  return `${decodeURIComponent(f.uri.slice(prefix.length))}:${f.range.start.line + 1}`;
}

/** Multiset difference a − b of sorted keys. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  return a.filter((k) => {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

function readBaseline(id: string): string[] {
  const file = join(BASELINE_DIR, `${id}.json`);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as Baseline).findings;
}

test('every rule on the whole corpus matches the reviewed baseline', async () => {
  assertCorpusPresent();
  // The Middleman pages render with kramdown ids; the Hugo pages are their own site with goldmark ids.
  const middleman = await checkCorpus(corpusRoot, 'kramdown');
  const hugo = await checkCorpus(join(corpusRoot, HUGO_DIR), 'hugo');
  assert.deepEqual([...middleman.ruleFailures, ...hugo.ruleFailures], []);
  const findings = [...middleman.findings.filter((f) => !f.uri.includes(`/${HUGO_DIR}/`)), ...hugo.findings];
  const differences: string[] = [];
  for (const rule of rules) {
    const actual = findings.filter((f) => f.ruleId === rule.id).map(keyOf).sort();
    if (UPDATE) {
      mkdirSync(BASELINE_DIR, { recursive: true });
      const baseline: Baseline = { rule: rule.id, alias: rule.alias, count: actual.length, findings: actual };
      writeFileSync(join(BASELINE_DIR, `${rule.id}.json`), `${JSON.stringify(baseline, null, 2)}\n`);
      continue;
    }
    const expected = readBaseline(rule.id).slice().sort();
    const added = minus(actual, expected);
    const lost = minus(expected, actual);
    if (added.length || lost.length) {
      differences.push(`${rule.id} ${rule.alias}: ${actual.length} findings, baseline ${expected.length}`);
      for (const k of added) differences.push(`  + ${k}`);
      for (const k of lost) differences.push(`  - ${k}`);
    }
  }
  if (UPDATE) return;
  assert.equal(differences.length, 0, `Findings differ from test/corpus/baseline (ROLE_DOCS_UPDATE_BASELINE=1 rewrites it):\n${differences.join('\n')}`);
});
