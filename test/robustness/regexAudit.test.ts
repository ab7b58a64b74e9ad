import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childFailure, lastJson, runTsChild } from './helpers/childRun';
import { findRegexLiterals } from './helpers/regexLiterals';
import { projectRoot } from '../helpers/runCliProcess';

const AUDIT = 'test/robustness/helpers/regexAuditWorker.ts';

test('the audit finds the regex literals of server/src', () => {
  const literals = findRegexLiterals(projectRoot, 'server/src');
  assert.ok(literals.length > 50, `only ${literals.length} literals found`);
  assert.ok(literals.some((l) => l.where.startsWith('server/src/service/document/headings.ts') && l.source.includes('#{1,6}')));
});

test('no regex literal in server/src backtracks catastrophically on 50 kB adversarial input', async () => {
  // Each (regex, input) case must finish within the watchdog; a linear regex takes milliseconds.
  const r = await runTsChild(AUDIT, ['50000'], { deadlineMs: 300_000, perCaseMs: 10_000 });
  assert.ok(r.status === 0 && !r.killed, childFailure('regex audit', r));
  const summary = lastJson<{ regexes: number; cases: number }>(r.stdout)!;
  assert.ok(summary.cases > summary.regexes * 10, `${summary.cases} cases for ${summary.regexes} regexes`);
});

test('the audit catches a catastrophic regex (the harness can fail)', async () => {
  const r = await runTsChild(AUDIT, ['100000', '^(a+)+$'], { deadlineMs: 300_000, perCaseMs: 10_000 });
  assert.equal(r.killed, 'watchdog');
  assert.match(r.lastCase ?? '', /^case argv \/\^\(a\+\)\+\$\/ on /);
});
