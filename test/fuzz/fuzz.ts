// `npm run fuzz [-- --seed N --runs N --kind generated|corpus|both --path P]`: a long property run.
// Each kind runs in a child with a per-case watchdog, so a hang is reported with its seed, not waited on forever.
import { childFailure, lastJson, runTsChild } from '../robustness/helpers/childRun';
import type { PropertySummary } from './runProperties';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(arg('runs') ?? 2000);
const kinds = (arg('kind') ?? 'both') === 'both' ? ['generated', 'corpus'] : [arg('kind')!];
const path = arg('path');
console.log(`fuzz: seed ${seed}, ${runs} runs per kind (${kinds.join(', ')}); reproduce with --seed ${seed}`);
let failed = false;
for (const kind of kinds) {
  const args = ['--kind', kind, '--seed', String(seed), '--runs', String(runs), ...(path ? ['--path', path] : [])];
  const r = await runTsChild('test/fuzz/runProperties.ts', args, { deadlineMs: 6 * 60 * 60_000, perCaseMs: 60_000, maxHeapMB: 4096 });
  const summary = lastJson<PropertySummary>(r.stdout);
  if (r.killed || !summary) {
    failed = true;
    console.log(childFailure(`${kind}: seed ${seed}`, r));
    continue;
  }
  if (summary.skipped) console.log(`${kind}: skipped: ${summary.skipped}`);
  else console.log(`${kind}: ${summary.casesRun} cases, slowest ${summary.slowestMs} ms (${summary.slowestShape}), peak RSS ${summary.peakRssMB} MB`);
  if (summary.failed) {
    failed = true;
    console.log(`${kind}: FAILED (seed ${seed})\n${summary.error}\ncounterexample: ${summary.counterexampleShape}\nreplay: ${summary.replay}`);
  }
}
process.exitCode = failed ? 1 : 0;
