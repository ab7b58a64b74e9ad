// `npm run bench:server`: the language server (dist/server.js) as an editor sees it — edit latency,
// start-up, indexing time and memory — over copies of the shared corpus in temporary folders.
//   node bench/server.mjs [--only edits,startup,10k] [--edits N] [--seed N] [--copies N] [--json FILE] [--profile DIR]
//   SERVER_NODE_ARGS="--flag ..." passes Node flags to the server (V8 heap settings, say).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listMarkdown } from './peers/listMarkdown.mjs';
import { fileUri, requireCorpusAndServer, seededRandom as prng, startSession } from './lspBenchClient.mjs';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const corpus = resolve(project, option('--corpus', '../shared/corpus/gitlab'));
const only = option('--only', 'edits,startup,10k').split(',');
const editCount = Number(option('--edits', 200));
const warmupEdits = 20;
const seed = Number(option('--seed', 20261128));
const copies = Number(option('--copies', 26));
const jsonOut = option('--json', undefined);
const profileDir = option('--profile', undefined);
const server = join(project, 'dist/server.js');
const ONE_MB = 1_000_000;

requireCorpusAndServer('bench:server', corpus, server);


function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const nodeArgs = (tag) => (process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(" ") : []).concat(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `server-${tag.replace(/[^\w.-]+/g, '_')}.cpuprofile`] : []);

/** A report arrives per pull; one the server withdrew because the page moved on is asked again. */
async function pullUntilAnswered(session, uri) {
  for (;;) {
    try {
      return await session.pull(uri);
    } catch (error) {
      if (error?.data?.retriggerRequest !== true) throw error;
    }
  }
}

/**
 * Sequential one-character edits at random places, each a didChange followed at once by a pull;
 * the time is from sending the change to the pull's answer.
 */
async function measureEdits(tag, root, page) {
  const session = await startSession(server, root, nodeArgs(tag));
  const uri = fileUri(page);
  await session.open(uri, readFileSync(page, 'utf8'));
  await pullUntilAnswered(session, uri);
  await session.symbols('');
  const random = prng(seed);
  const letters = 'etaoinshrdlu ';
  const times = [];
  let problems = 0;
  let unchanged = 0;
  let cpuStart;
  for (let i = 0; i < warmupEdits + editCount; i++) {
    if (i === warmupEdits) cpuStart = session.cpuMs();
    const text = session.text(uri);
    const at = Math.floor(random() * text.length);
    const insert = random() < 0.5 || at >= text.length - 1;
    const sentAt = insert ? await session.edit(uri, at, at, letters[Math.floor(random() * letters.length)]) : await session.edit(uri, at, at + 1, '');
    const report = await pullUntilAnswered(session, uri);
    const ms = performance.now() - sentAt;
    problems = report.items?.length ?? problems;
    if (i >= warmupEdits) {
      times.push(ms);
      if (report.kind === 'unchanged') unchanged++;
    }
  }
  const cpuPerEdit = (session.cpuMs() - cpuStart) / editCount;
  const memory = session.memory();
  await session.close();
  times.sort((a, b) => a - b);
  const bytes = statSync(page).size;
  return { tag, bytes, edits: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1), cpuPerEdit, problems, unchanged, ...memory };
}

/** From spawn: the first pull answered for an open page, the index complete, every page checked. */
async function measureStartup(tag, root, page, { checkAll }) {
  const session = await startSession(server, root, nodeArgs(tag));
  const uri = fileUri(page);
  await session.open(uri, readFileSync(page, 'utf8'));
  await pullUntilAnswered(session, uri);
  const firstDiagnosticsMs = performance.now() - session.spawnedAt;
  const roles = await session.symbols('');
  const indexedMs = performance.now() - session.spawnedAt;
  const indexed = session.memory();
  const out = { tag, pages: listMarkdown(root).length, firstDiagnosticsMs, indexedMs, roles: roles.length, indexedRssMB: indexed?.rssMB, indexedHwmMB: indexed?.hwmMB };
  if (checkAll) {
    const started = performance.now();
    const { items } = await session.pullWorkspace();
    out.workspaceCheckMs = performance.now() - started;
    out.workspaceProblems = items.reduce((n, r) => n + (r.items?.length ?? 0), 0);
    const checked = session.memory();
    out.checkedRssMB = checked?.rssMB;
    out.checkedHwmMB = checked?.hwmMB;
  }
  await session.close();
  return out;
}

// SOURCES.md at the corpus root lists where the pages come from; it is not a handbook page.
const handbookPages = (files) => files.filter((f) => relative(corpus, f).includes('/'));
const largestPage = (pages) => pages.reduce((best, f) => (statSync(f).size > statSync(best).size ? f : best));

const ms = (v) => (v === undefined ? '—' : `${v.toFixed(1)} ms`);
const s = (v) => (v === undefined ? '—' : `${(v / 1000).toFixed(2)} s`);
const mb = (v) => (v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(0)} MB`);

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'role-docs-bench-server-'));
  const files = listMarkdown(corpus).sort();
  const pages = handbookPages(files);
  const largest = largestPage(pages);
  const results = { date: new Date().toISOString(), nproc: cpus().length, node: process.version, seed, edits: [], startup: [] };
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`server: ${relative(project, server)}  nproc ${cpus().length}  load ${load()}  seed ${seed}`);
  try {
    if (only.includes('edits')) {
      const small = join(temp, 'largest');
      const page = join(small, relative(corpus, largest));
      mkdirSync(dirname(page), { recursive: true });
      cpSync(largest, page);
      const big = join(temp, 'one-mb');
      mkdirSync(big);
      let text = '';
      for (let i = 0; Buffer.byteLength(text) < ONE_MB; i++) text += (text ? '\n\n' : '') + readFileSync(pages[i % pages.length], 'utf8');
      writeFileSync(join(big, 'one-mb.md'), text);
      results.edits.push({ ...(await measureEdits(relative(corpus, largest), small, page)), load: load() });
      results.edits.push({ ...(await measureEdits('one-mb.md (corpus pages concatenated)', big, join(big, 'one-mb.md'))), load: load() });
      console.log(`\nEdit → pull diagnostics answered (${editCount} sequential one-character edits after ${warmupEdits} unmeasured)`);
      console.table(results.edits.map((r) => ({ page: r.tag, KB: (r.bytes / 1024).toFixed(0), p50: ms(r.p50), p95: ms(r.p95), p99: ms(r.p99), max: ms(r.max), 'server CPU/edit': ms(r.cpuPerEdit), unchanged: r.unchanged, RSS: mb(r.rssMB), load: r.load })));
    }
    const workspace = join(temp, 'workspace');
    if (only.includes('startup')) {
      cpSync(corpus, workspace, { recursive: true });
      const r = await measureStartup('corpus', workspace, join(workspace, relative(corpus, largest)), { checkAll: true });
      results.startup.push({ ...r, load: load() });
    }
    if (only.includes('10k')) {
      const many = join(temp, 'copies');
      for (let i = 0; i < copies; i++) cpSync(corpus, join(many, `copy${String(i).padStart(2, '0')}`), { recursive: true });
      const r = await measureStartup(`${copies} copies`, many, join(many, 'copy00', relative(corpus, largest)), { checkAll: false });
      results.startup.push({ ...r, load: load() });
    }
    if (results.startup.length) {
      console.log('\nStart-up, index and memory (times from spawning the server)');
      console.table(
        results.startup.map((r) => ({
          workspace: `${r.tag} (${r.pages} pages)`,
          'first diagnostics': s(r.firstDiagnosticsMs),
          indexed: s(r.indexedMs),
          'RSS indexed': mb(r.indexedRssMB),
          'HWM indexed': mb(r.indexedHwmMB),
          'workspace pull': s(r.workspaceCheckMs),
          'RSS checked': mb(r.checkedRssMB),
          'HWM checked': mb(r.checkedHwmMB),
          load: r.load,
        })),
      );
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
}

await main();
