// `npm run bench:soak`: the language server (dist/server.js) under a long simulated editing session on
// a copy of the shared corpus — pages opened and closed, typed edits pulled per keystroke, hovers and
// completions, saves, settings changes, workspace checks — sampling the server's RSS every 30 s.
//   node bench/soak.mjs [--minutes 30] [--sample-seconds 30] [--seed N] [--corpus DIR] [--json FILE]
//   SERVER_NODE_ARGS="--flag ..." passes Node flags to the server.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
const minutes = Number(option('--minutes', 30));
const sampleSeconds = Number(option('--sample-seconds', 30));
const seed = Number(option('--seed', 20261203));
const corpus = resolve(project, option('--corpus', '../shared/corpus/gitlab'));
const jsonOut = option('--json', undefined);
const server = join(project, 'dist/server.js');
/** The ratio's base: five minutes in, when the index is built and the caches have filled once. */
const BASE_MINUTES = Math.min(5, minutes / 6);
/** Pages an editor keeps open at once, like a handful of tabs. */
const MAX_OPEN = 8;
const TARGET_RATIO = 1.2;

requireCorpusAndServer('bench:soak', corpus, server);

const random = prng(seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Settings a user flips between: the default, a rule severity, a slug profile, every page reported. */
const SETTINGS = [{}, { rules: { RD001: 'warning' } }, { slugProfile: 'kramdown' }, { diagnostics: { scope: 'workspace' } }];
/** What gets typed: prose, an in-page link being written, a heading. */
const PHRASES = ['Ships small features with guidance. ', 'See [the hiring process](#hiring-pro', '\n\n### Senior Engineer\n\n', 'Mentors others on the team. '];

function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'role-docs-bench-soak-'));
  const root = join(temp, 'corpus');
  cpSync(corpus, root, { recursive: true });
  const pages = listMarkdown(root).filter((f) => relative(root, f).includes('/')).sort();
  let settings = SETTINGS[0];
  const session = await startSession(server, root, process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(' ') : [], { settings: () => settings });
  const counts = { opens: 0, closes: 0, keystrokes: 0, requests: 0, saves: 0, settings: 0, checks: 0, workspacePulls: 0, errors: 0 };
  const errors = new Map();
  const open = [];
  const results = { date: new Date().toISOString(), nproc: cpus().length, node: process.version, seed, minutes, samples: [] };
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  const startedAt = performance.now();
  const elapsedMin = () => (performance.now() - startedAt) / 60_000;
  console.log(`server: ${relative(project, server)}  pages ${pages.length}  nproc ${cpus().length}  load ${load()}  seed ${seed}  ${minutes} min`);

  /** A request that failed is counted by its message; a page withdrawn mid-check is simply asked again later. */
  const attempt = async (run) => {
    try {
      counts.requests++;
      return await run();
    } catch (error) {
      if (error?.data?.retriggerRequest === true) return undefined;
      counts.errors++;
      const key = String(error?.message ?? error).slice(0, 120);
      errors.set(key, (errors.get(key) ?? 0) + 1);
      return undefined;
    }
  };

  const sample = () => {
    const memory = session.memory();
    const row = { minute: Number(elapsedMin().toFixed(1)), rssMB: memory?.rssMB, hwmMB: memory?.hwmMB, open: open.length, ...counts, load: load() };
    results.samples.push(row);
    console.log(`  ${row.minute.toFixed(1).padStart(5)} min  RSS ${row.rssMB?.toFixed(0)} MB  HWM ${row.hwmMB?.toFixed(0)} MB  keystrokes ${counts.keystrokes}  opens ${counts.opens}  errors ${counts.errors}  load ${row.load}`);
  };

  async function openPage() {
    const path = pick(pages);
    const uri = fileUri(path);
    if (open.includes(uri)) return;
    if (open.length >= MAX_OPEN) await closePage();
    await session.open(uri, readFileSync(path, 'utf8'));
    open.push(uri);
    counts.opens++;
    // What VS Code asks for when a page is shown.
    await attempt(() => session.pull(uri));
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink', 'textDocument/codeLens']) {
      await attempt(() => session.request(method, { textDocument: { uri } }));
    }
  }

  /** Closes the oldest tab; its edits are discarded, as "Don't Save" does, so the file on disk counts again. */
  async function closePage() {
    const uri = open.shift();
    if (!uri) return;
    await session.closeDocument(uri);
    counts.closes++;
  }

  /** Types a phrase at the end of a random line, a pull after every keystroke; half the time erases it again. */
  async function type() {
    if (!open.length) return openPage();
    const uri = pick(open);
    const text = session.text(uri);
    const lineEnd = text.indexOf('\n', Math.floor(random() * text.length));
    const at = lineEnd < 0 ? text.length : lineEnd;
    const phrase = pick(PHRASES);
    for (let i = 0; i < phrase.length; i++) {
      await session.edit(uri, at + i, at + i, phrase[i]);
      counts.keystrokes++;
      await attempt(() => session.pull(uri));
      await sleep(30 + random() * 70);
    }
    if (random() < 0.5) {
      for (let i = phrase.length; i > 0; i--) {
        await session.edit(uri, at + i - 1, at + i, '');
        counts.keystrokes++;
        if (i % 4 === 0) await attempt(() => session.pull(uri));
        await sleep(20 + random() * 30);
      }
      await attempt(() => session.pull(uri));
    }
  }

  async function pointAt() {
    if (!open.length) return openPage();
    const uri = pick(open);
    const text = session.text(uri);
    const position = positionOf(text, Math.floor(random() * text.length));
    const method = pick(['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references']);
    const params = { textDocument: { uri }, position, ...(method === 'textDocument/references' && { context: { includeDeclaration: true } }) };
    await attempt(() => session.request(method, params));
  }

  /** Saves an open page: the file on disk changes and the watcher says so. */
  async function save() {
    if (!open.length) return;
    const uri = pick(open);
    writeFileSync(fileURLToPath(uri), session.text(uri));
    await session.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    counts.saves++;
  }

  async function changeSettings() {
    settings = pick(SETTINGS.filter((s) => s !== settings));
    await session.notify('workspace/didChangeConfiguration', { settings: null });
    counts.settings++;
  }

  async function checkWorkspace() {
    await attempt(() => session.request('roleDocs/checkWorkspace', {}));
    counts.checks++;
  }

  async function pullWorkspace() {
    await attempt(() => session.pullWorkspace());
    counts.workspacePulls++;
  }

  /** How often each action comes, by weight. */
  const actions = [
    [type, 45],
    [openPage, 15],
    [closePage, 8],
    [pointAt, 20],
    [save, 5],
    [changeSettings, 2],
    [checkWorkspace, 2],
    [pullWorkspace, 3],
  ];
  const totalWeight = actions.reduce((n, [, w]) => n + w, 0);
  const nextAction = () => {
    let r = random() * totalWeight;
    for (const [action, weight] of actions) if ((r -= weight) < 0) return action;
    return actions[0][0];
  };

  sample();
  // On a timer of its own, so a long action (a workspace check on a busy machine) delays no sample.
  const sampler = setInterval(sample, sampleSeconds * 1000);
  try {
    while (elapsedMin() < minutes) {
      await nextAction()();
      if (session.memory() === undefined) throw new Error(`The server exited. Its stderr:\n${session.stderr}`);
      // Think time between actions.
      await sleep(200 + random() * 800);
    }
    sample();
  } finally {
    clearInterval(sampler);
    await session.close().catch(() => undefined);
    rmSync(temp, { recursive: true, force: true });
  }

  const base = results.samples.find((s) => s.minute >= BASE_MINUTES) ?? results.samples[0];
  const last = results.samples.at(-1);
  results.ratio = last.rssMB / base.rssMB;
  results.base = base;
  console.log(`\nServer RSS every ${sampleSeconds} s over ${minutes} min of simulated editing (${pages.length} pages)`);
  console.table(results.samples.map((s) => ({ min: s.minute, 'RSS MB': s.rssMB?.toFixed(0), 'HWM MB': s.hwmMB?.toFixed(0), open: s.open, keystrokes: s.keystrokes, opens: s.opens, saves: s.saves, settings: s.settings, checks: s.checks, errors: s.errors, load: s.load })));
  console.log(`RSS(${last.minute} min) / RSS(${base.minute} min) = ${last.rssMB.toFixed(0)} / ${base.rssMB.toFixed(0)} MB = ${results.ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})`);
  // One sample may fall just after a whole-workspace check; the lowest of a window is what stays held.
  const floor = (from, to) => Math.min(...results.samples.filter((s) => s.minute >= from && s.minute <= to).map((s) => s.rssMB));
  results.floorRatio = floor(minutes - BASE_MINUTES, minutes) / floor(BASE_MINUTES, 2 * BASE_MINUTES);
  console.log(`Lowest RSS of the last ${+BASE_MINUTES.toFixed(2)} min / of minutes ${+BASE_MINUTES.toFixed(2)}–${+(2 * BASE_MINUTES).toFixed(2)} = ${results.floorRatio.toFixed(2)}`);
  if (errors.size) console.log('Failed requests:', Object.fromEntries(errors));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
}

await main();
