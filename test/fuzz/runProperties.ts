// Property run over generated and mutated pages; `npm run fuzz` runs it long, the robustness tests run it short.
// Usage: node --import tsx test/fuzz/runProperties.ts [--seed N] [--runs N] [--kind generated|corpus] [--path P]
// Prints `case <n> <kind> <shape>` before each case (the parent's watchdog kills a hung case) and one JSON summary line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { mutate, mutation, offsets, rolePage } from './arbitraries';
import { exercisePage, positionsFor } from '../robustness/helpers/exercise';
import { corpusPresent, corpusRoot } from '../helpers/corpus';

export interface PropertySummary {
  kind: string;
  seed: number;
  runs: number;
  casesRun: number;
  failed: boolean;
  skipped?: string;
  error?: string;
  counterexamplePath?: string;
  counterexampleShape?: string;
  slowestMs: number;
  slowestShape: string;
  peakRssMB: number;
  replay?: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listMarkdown(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

const shape = (text: string): string => `${text.length} chars, ${text.split('\n').length} lines`;

/** Every finding sits inside the page, start before end. */
function checkRanges(text: string, findings: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; ruleId: string }[]): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const f of findings) {
    const { start, end } = f.range;
    const ordered = start.line < end.line || (start.line === end.line && start.character <= end.character);
    if (!ordered || end.line >= lineCount || start.line < 0 || start.character < 0) {
      throw new Error(`${f.ruleId} finding has range ${JSON.stringify(f.range)} outside a ${lineCount}-line page`);
    }
  }
}

const kind = arg('kind') ?? 'generated';
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const runs = Number(arg('runs') ?? 100);
const path = arg('path');
let casesRun = 0;
let slowestMs = 0;
let slowestShape = '';
let peakRss = process.memoryUsage().rss;

async function runCase(text: string, at: number[]): Promise<void> {
  casesRun++;
  process.stdout.write(`case ${casesRun} ${kind} ${shape(text)}\n`);
  const started = performance.now();
  const { findings, ruleFailures } = await exercisePage(text, positionsFor(text, at));
  const ms = performance.now() - started;
  if (ms > slowestMs) {
    slowestMs = ms;
    slowestShape = shape(text);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (ruleFailures.length) throw new Error(`a rule threw:\n${ruleFailures[0]}`);
  checkRanges(text, findings);
}

async function main(): Promise<PropertySummary> {
  const base = { kind, seed, runs };
  let property: fc.IAsyncPropertyWithHooks<unknown[]>;
  if (kind === 'corpus') {
    if (!corpusPresent) return { ...base, casesRun: 0, failed: false, skipped: `the GitLab corpus is not at ${corpusRoot}`, slowestMs: 0, slowestShape: '', peakRssMB: 0 };
    const pages = listMarkdown(corpusRoot).map((p) => readFileSync(p, 'utf8'));
    property = fc.asyncProperty(fc.nat({ max: pages.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), offsets, async (page, ms, at) => {
      await runCase(mutate(pages[page]!, ms), at);
    }) as unknown as fc.IAsyncPropertyWithHooks<unknown[]>;
  } else {
    property = fc.asyncProperty(rolePage, fc.array(mutation, { maxLength: 3 }), offsets, async (page, ms, at) => {
      await runCase(mutate(page, ms), at);
    }) as unknown as fc.IAsyncPropertyWithHooks<unknown[]>;
  }
  const details = await fc.check(property, { seed, numRuns: runs, path, endOnFailure: false });
  const summary: PropertySummary = {
    ...base,
    casesRun,
    failed: details.failed,
    slowestMs: Math.round(slowestMs),
    slowestShape,
    peakRssMB: Math.round(peakRss / 1e6),
  };
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
    const example = details.counterexample as unknown[] | null;
    summary.error = error.split('\n').slice(0, 12).join('\n');
    summary.counterexamplePath = details.counterexamplePath ?? undefined;
    summary.counterexampleShape = example ? JSON.stringify(example).slice(0, 600) : undefined;
    summary.replay = `npm run fuzz -- --kind ${kind} --seed ${seed} --path ${details.counterexamplePath}`;
  }
  return summary;
}

const summary = await main();
process.stdout.write(JSON.stringify(summary) + '\n');
process.exitCode = summary.failed ? 1 : 0;
