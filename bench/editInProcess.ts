// The engine alone on an edited 1 MB page, no LSP: after each seeded one-character edit of an open
// page, the time to build its model and the time to check it (medians and p95).
//   node --import tsx bench/editInProcess.ts [--edits N] [--corpus DIR]
// With `node --expose-gc`, it also prints the heap left after a full collection at the end: what
// the open page's versions keep alive. With `--allocations`, what the measured edits allocate, per
// edit, by the function that allocated it (V8's sampling heap profiler, collected objects included;
// the sampling slows the edits, so their times are not comparable with a run without it).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Session } from 'node:inspector/promises';
import type { HeapProfiler } from 'node:inspector';
import { NodeWorkspace } from '../server/src/node/nodeWorkspace';
import { createRoleDocsService, defaultConfig } from '../server/src/service/index';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const corpus = resolve(option('--corpus', '../shared/corpus/gitlab'));
const edits = Number(option('--edits', '200'));
const warmup = 20;
if (!existsSync(corpus)) {
  console.log(`editInProcess skipped: no corpus at ${corpus}`);
  process.exit(0);
}

const pages: string[] = [];
const walk = (dir: string): void => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (path.endsWith('.md') && path !== join(corpus, 'SOURCES.md')) pages.push(path);
  }
};
walk(corpus);
pages.sort();
// The same 1 MB page as bench/server.mjs: corpus pages concatenated in path order.
let text = '';
for (let i = 0; Buffer.byteLength(text) < 1_000_000; i++) text += (text ? '\n\n' : '') + readFileSync(pages[i % pages.length], 'utf8');

const service = createRoleDocsService({ workspace: new NodeWorkspace([resolve('bench')]), config: defaultConfig(), logger: { log: () => {} }, filesWatched: () => true });
const uri = `file://${resolve('bench/one-mb.md')}`;
let version = 1;
service.store.setOpen(uri, text, version);
await service.check(service.getDocument(uri, text, version));

/** mulberry32, seeded as bench/server.mjs is. */
let state = 20261128;
const random = (): number => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
let cpuAtStart = process.cpuUsage();
const model: number[] = [];
const check: number[] = [];
const allocations = argv.includes('--allocations') ? new Session() : undefined;
allocations?.connect();
for (let i = 0; i < warmup + edits; i++) {
  const at = Math.floor(random() * text.length);
  text = random() < 0.5 ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  text.charCodeAt(0); // the editor's copy is flat before the engine sees it
  service.store.setOpen(uri, text, ++version);
  const started = performance.now();
  const document = service.getDocument(uri, text, version);
  const built = performance.now();
  await service.check(document);
  if (i === warmup - 1 && allocations) {
    // Collected objects are what an edit churns through; the flags are newer than Node's typings.
    const sampling: HeapProfiler.StartSamplingParameterType & Record<string, unknown> = {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    };
    await allocations.post('HeapProfiler.startSampling', sampling);
  }
  if (i === warmup - 1) cpuAtStart = process.cpuUsage();
  if (i >= warmup) {
    model.push(built - started);
    check.push(performance.now() - built);
  }
}
const percentile = (values: number[], p: number): string => values.slice().sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1].toFixed(1);
const both = model.map((m, i) => m + check[i]);
console.log(`${edits} edits of a ${(text.length / 1e6).toFixed(2)} M-character page, in process:`);
console.log(`  model  p50 ${percentile(model, 50)} ms  p95 ${percentile(model, 95)} ms`);
console.log(`  check  p50 ${percentile(check, 50)} ms  p95 ${percentile(check, 95)} ms`);
console.log(`  both   p50 ${percentile(both, 50)} ms  p95 ${percentile(both, 95)} ms`);
const cpu = process.cpuUsage(cpuAtStart);
// CPU time of every thread (the collector's helpers too): steadier than the times above on a busy machine.
console.log(`  CPU per edit ${((cpu.user + cpu.system) / 1000 / edits).toFixed(1)} ms`);
const collect = (globalThis as { gc?: () => void }).gc;
if (collect) {
  collect();
  console.log(`  heap after the last edit, collected: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}
if (allocations) {
  const { profile } = await allocations.post('HeapProfiler.stopSampling');
  type SampleNode = typeof profile.head;
  const bySite = new Map<string, number>();
  let total = 0;
  const visit = (node: SampleNode): void => {
    const { functionName, url, lineNumber } = node.callFrame;
    const site = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(visit);
  };
  visit(profile.head);
  console.log(`  allocated per edit: ${(total / edits / 1e6).toFixed(2)} MB; top sites, KB per edit:`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(bytes / edits / 1e3).toFixed(0).padStart(7)}  ${site}`);
}
