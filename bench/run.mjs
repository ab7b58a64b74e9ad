// `npm run bench`: Role Docs against its peers on the shared corpus, as whole processes, alternating
// tools round by round, reporting medians and ratios from this one run. Installs nothing.
//   node bench/run.mjs [--quick] [--runs N] [--scale-runs N] [--cap SECONDS] [--only corpus,10x,25x,one-page]
//                      [--tools read,cold,cold1,warm,markdownlint,remark-cli,vscode,remark-parse] [--json FILE]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listMarkdown } from './peers/listMarkdown.mjs';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const quick = flag('--quick');
const runs = Number(option('--runs', quick ? 1 : 5));
const scaleRuns = Number(option('--scale-runs', quick ? 1 : 3));
const capSeconds = Number(option('--cap', 120));
const corpus = resolve(project, option('--corpus', '../shared/corpus/gitlab'));
const only = option('--only', quick ? 'corpus' : 'corpus,10x,25x,one-page').split(',');
const jsonOut = option('--json', undefined);
const cli = join(project, 'dist/cli.js');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

if (!existsSync(corpus)) {
  console.log(`bench skipped: no corpus at ${corpus}`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}

const bin = (pkg, path) => join(project, 'node_modules', pkg, path);
/** Each tool: a command over a folder, and the cwd it runs in. `prime` runs once, unmeasured, before the rounds. */
const tools = [
  { id: 'read', label: 'read every file (floor)', args: (dir) => [join(project, 'bench/peers/readOnly.mjs'), dir] },
  { id: 'cold', label: 'role-docs check --no-cache (cold)', args: (dir) => [cli, 'check', dir, '--no-cache', '--exit-zero'] },
  { id: 'cold1', label: 'role-docs check --no-cache, one worker thread', args: (dir) => [cli, 'check', dir, '--no-cache', '--exit-zero'], env: { ROLE_DOCS_THREADS: '1' } },
  { id: 'warm', label: 'role-docs check (warm cache)', args: (dir) => [cli, 'check', dir, '--exit-zero'], prime: true },
  {
    id: 'markdownlint',
    label: 'markdownlint-cli2, MD051 only',
    cwd: (dir) => dir,
    args: () => [bin('markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '--config', join(project, 'bench/peers/md051.markdownlint-cli2.jsonc'), '**/*.md'],
  },
  {
    id: 'remark-cli',
    label: 'remark-cli + remark-validate-links',
    args: (dir) => [bin('remark-cli', 'cli.js'), dir, '--use', 'remark-frontmatter', '--use', 'remark-gfm', '--use', 'remark-validate-links=repository:false', '--quiet', '--no-stdout'],
  },
  { id: 'vscode', label: "VS Code's Markdown language service", args: (dir) => [join(project, 'bench/peers/vscodeMarkdownService.mjs'), dir] },
  { id: 'remark-parse', label: 'remark parse (+gfm, frontmatter)', args: (dir) => [join(project, 'bench/peers/remarkParse.mjs'), dir] },
];

const toolFilter = option('--tools', undefined)?.split(',');
if (toolFilter) tools.splice(0, tools.length, ...tools.filter((t) => toolFilter.includes(t.id)));

/** Runs one process tree; resolves with wall seconds, CPU seconds and peak RSS, or `capped`. */
function measure(tool, dir) {
  return new Promise((done) => {
    const statsFile = join(tmpdir(), `role-docs-bench-${process.pid}.time`);
    const command = [process.execPath, ...tool.args(dir)];
    const full = timeBin ? [timeBin, '-f', '%U %S %M', '-o', statsFile, ...command] : command;
    const started = process.hrtime.bigint();
    const env = { ...process.env, ...tool.env };
    const child = spawn(full[0], full.slice(1), { cwd: tool.cwd?.(dir) ?? project, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    let capped = false;
    const timer = setTimeout(() => {
      capped = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, capSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      let cpu, rssMb;
      if (timeBin && existsSync(statsFile)) {
        const [user, sys, rss] = readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpu = user + sys;
        rssMb = rss / 1024;
        rmSync(statsFile, { force: true });
      }
      if (!capped && code !== 0 && code !== 1) console.error(`  ${tool.id} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      done({ wall, cpu, rssMb, capped, failed: !capped && code !== 0 && code !== 1 });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Folders to measure: the corpus, n copies of it side by side, and the corpus as one page. */
function makeVariants(temp) {
  const variants = [];
  const files = listMarkdown(corpus);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  if (only.includes('corpus')) variants.push({ id: 'corpus', label: `corpus (${files.length} pages, ${(bytes / 1e6).toFixed(2)} MB)`, dir: corpus, bytes, runs });
  for (const n of [10, 25]) {
    if (!only.includes(`${n}x`)) continue;
    const dir = join(temp, `x${n}`);
    for (let i = 0; i < n; i++) cpSync(corpus, join(dir, `copy${i}`), { recursive: true });
    variants.push({ id: `${n}x`, label: `${n}× corpus (${n * files.length} pages, ${((n * bytes) / 1e6).toFixed(1)} MB)`, dir, bytes: n * bytes, runs: scaleRuns });
  }
  if (only.includes('one-page')) {
    const dir = join(temp, 'one-page');
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'all.md'), text);
    variants.push({ id: 'one-page', label: `one page (the corpus concatenated, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB)`, dir, bytes: Buffer.byteLength(text), runs: scaleRuns });
  }
  return variants;
}

const fmt = (r) => (r === undefined ? '—' : r.capped ? `> ${capSeconds} s` : `${r.wall.toFixed(2)} s`);

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'role-docs-bench-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const results = { machine: { nproc: cpus().length, cpu: cpus()[0]?.model, node: process.version }, capSeconds, variants: [] };
  console.log(`Role Docs bench: ${results.machine.nproc} × ${results.machine.cpu}, node ${process.version}, cap ${capSeconds} s`);
  try {
    const overCap = new Set();
    for (const variant of makeVariants(temp)) {
      console.log(`\n## ${variant.label}: ${variant.runs} run${variant.runs === 1 ? '' : 's'} per tool, alternating`);
      const samples = new Map(tools.map((t) => [t.id, []]));
      for (const tool of tools) if (tool.prime && !overCap.has(tool.id)) await measure(tool, variant.dir);
      for (let round = 0; round < variant.runs; round++) {
        // Rotate the order each round so no tool always runs right after the same neighbour.
        const order = tools.map((_, i) => tools[(i + round) % tools.length]);
        for (const tool of order) {
          if (overCap.has(tool.id) || samples.get(tool.id).some((s) => s.capped || s.failed)) continue;
          const sample = await measure(tool, variant.dir);
          samples.get(tool.id).push(sample);
          process.stderr.write(`  round ${round + 1} ${tool.id}: ${fmt(sample)}\n`);
        }
      }
      const summary = {};
      for (const tool of tools) {
        const s = samples.get(tool.id);
        if (overCap.has(tool.id)) summary[tool.id] = { skipped: 'over the cap on a smaller input', capped: true };
        else if (!s.length) continue;
        else if (s.some((x) => x.capped)) {
          summary[tool.id] = { capped: true };
          overCap.add(tool.id);
        } else summary[tool.id] = { wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), rssMb: median(s.map((x) => x.rssMb)), runs: s.length };
      }
      const base = summary.markdownlint?.wall;
      const floor = summary.read?.wall;
      console.log('| tool | wall (median) | CPU user+sys | peak RSS | ÷ markdownlint MD051 | ÷ read floor |');
      console.log('|---|---|---|---|---|---|');
      for (const tool of tools) {
        const r = summary[tool.id];
        if (!r) continue;
        const ratio = (b) => (r.capped || !b ? '—' : (r.wall / b).toFixed(2));
        const cpu = r.cpu === undefined || Number.isNaN(r.cpu) ? '—' : `${r.cpu.toFixed(2)} s`;
        const rss = r.rssMb === undefined || Number.isNaN(r.rssMb) ? '—' : `${r.rssMb.toFixed(0)} MB`;
        console.log(`| ${tool.label} | ${r.capped ? `> ${capSeconds} s` : `${r.wall.toFixed(2)} s`} | ${cpu} | ${rss} | ${ratio(base)} | ${ratio(floor)} |`);
      }
      results.variants.push({ id: variant.id, label: variant.label, bytes: variant.bytes, summary });
    }
    const corpusRow = results.variants.find((v) => v.id === 'corpus')?.summary.cold;
    console.log('');
    for (const v of results.variants) {
      const cold = v.summary.cold;
      if (v.id === 'corpus' || !cold || cold.capped || !corpusRow) continue;
      const perByte = cold.wall / v.bytes / (corpusRow.wall / results.variants[0].bytes);
      console.log(`role-docs cold, cost per byte on ${v.id} ÷ on the corpus: ${perByte.toFixed(2)}`);
    }
  } finally {
    cleanup();
  }
  if (jsonOut) writeFileSync(resolve(jsonOut), JSON.stringify(results, null, 2) + '\n');
}

await main();
