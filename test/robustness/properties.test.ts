import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childFailure, lastJson, runTsChild } from './helpers/childRun';
import type { PropertySummary } from '../fuzz/runProperties';

/**
 * A bounded property run: generated role pages and mutated corpus pages through the model, every
 * rule and every LanguageFeatures method at random positions. Fixed seeds so the robustness tier is
 * reproducible; `npm run fuzz` runs long with a fresh seed. A hung case is killed by the watchdog.
 */
const RUNNER = 'test/fuzz/runProperties.ts';

async function runProperties(kind: string, seed: number, runs: number): Promise<PropertySummary> {
  const r = await runTsChild(RUNNER, ['--kind', kind, '--seed', String(seed), '--runs', String(runs)], {
    deadlineMs: 240_000,
    perCaseMs: 30_000,
  });
  const summary = lastJson<PropertySummary>(r.stdout);
  assert.ok(!r.killed, childFailure(`${kind} property run (seed ${seed})`, r));
  assert.ok(summary, childFailure(`${kind} property run (seed ${seed})`, r));
  assert.equal(summary.failed, false, `seed ${seed}: ${summary.error}\ncounterexample: ${summary.counterexampleShape}\nreplay: ${summary.replay}`);
  return summary;
}

test('generated role pages: no exception escapes any rule or feature', async (t) => {
  const s = await runProperties('generated', 20_251_127, 150);
  assert.equal(s.casesRun, 150);
  t.diagnostic(`seed ${s.seed}, ${s.casesRun} cases, slowest ${s.slowestMs} ms (${s.slowestShape}), peak RSS ${s.peakRssMB} MB`);
});

test('mutated corpus pages: no exception escapes any rule or feature', async (t) => {
  const s = await runProperties('corpus', 20_251_128, 40);
  if (s.skipped) return t.skip(s.skipped);
  assert.equal(s.casesRun, 40);
  t.diagnostic(`seed ${s.seed}, ${s.casesRun} cases, slowest ${s.slowestMs} ms (${s.slowestShape}), peak RSS ${s.peakRssMB} MB`);
});
