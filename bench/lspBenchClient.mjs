// A bare LSP client for bench/server.mjs: spawns the built server over stdio and speaks JSON-RPC
// the way an editor that pulls diagnostics does. Plain ESM so the bench needs no TypeScript loader.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/**
 * What VS Code announces that this server uses: pull diagnostics and file watchers (the server
 * trusts what it read from disk only when the client watches pages). No refresh, so each measured
 * answer is one request's own.
 */
const CAPABILITIES = {
  textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: {
    workspaceFolders: true,
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    diagnostics: { refreshSupport: false },
  },
};

export const fileUri = (path) => pathToFileURL(path).href;

/** mulberry32: the same edits on every run, so runs differ only by the build and the machine. */
export function seededRandom(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exits when the corpus is missing (skipped, status 0) or the server is not built (status 1). */
export function requireCorpusAndServer(name, corpus, server) {
  if (!existsSync(corpus)) {
    console.log(`${name} skipped: no corpus at ${corpus}`);
    process.exit(0);
  }
  if (!existsSync(server)) {
    console.error('dist/server.js is missing: run `npm run build` first.');
    process.exit(1);
  }
}

/** Line starts of `text`, for turning offsets into LSP positions. */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Server status lines from /proc, in MB; undefined off Linux. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** User + system CPU time of a process so far, in ms (clock ticks of 10 ms); steadier than wall time under load. */
export function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Starts `node [nodeArgs] server --stdio` with `root` as its one workspace folder and initializes
 * it. `spawnedAt` is taken just before the spawn, for start-up timings. `settings()` answers the
 * server's `workspace/configuration` requests (the `roleDocs` section).
 */
export async function startSession(server, root, nodeArgs = [], { settings = () => ({}) } = {}) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings()));
  connection.onRequest(() => null);
  connection.onNotification(() => {});
  connection.listen();
  const rootUri = fileUri(root);
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: CAPABILITIES });
  await connection.sendNotification('initialized', {});
  const docs = new Map();
  const resultIds = new Map();

  return {
    pid: child.pid,
    spawnedAt,
    get stderr() {
      return stderr;
    },
    open(uri, text) {
      docs.set(uri, { text, version: 1 });
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    },
    /** Replaces text[start, end) with `insert` as one incremental change; returns when it was sent. */
    async edit(uri, start, end, insert) {
      const doc = docs.get(uri);
      const range = { start: positionAt(doc.text, start), end: positionAt(doc.text, end) };
      doc.text = doc.text.slice(0, start) + insert + doc.text.slice(end);
      doc.version++;
      const sentAt = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: insert }] });
      return sentAt;
    },
    closeDocument(uri) {
      docs.delete(uri);
      return connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    text: (uri) => docs.get(uri).text,
    /** Any other request or notification, as the editor sends it. */
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    /** As VS Code pulls: with the result id of the last report, so an unchanged report need not be sent again. */
    async pull(uri) {
      const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultIds.get(uri) });
      if (report.resultId !== undefined) resultIds.set(uri, report.resultId);
      return report;
    },
    pullWorkspace: () => connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }),
    /** Answered once the workspace index holds every page (the provider waits for the full scan). */
    symbols: (query) => connection.sendRequest('workspace/symbol', { query }),
    memory: () => memoryOf(child.pid),
    cpuMs: () => cpuMsOf(child.pid),
    /** Shutdown and exit, so a `--cpu-prof` server writes its profile; killed if it hangs. */
    async close() {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}
