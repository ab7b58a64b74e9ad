// The web bundle (dist/browser/server.js) run as a worker would run it: no `require`, no `process`,
// only `self` and postMessage. Files come from the client over roleDocs/findFiles and roleDocs/readFile.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import vm from 'node:vm';

const BUNDLE = fileURLToPath(new URL('../../dist/browser/server.js', import.meta.url));
const ROOT = 'vscode-vfs://github/acme/handbook';
const PAGE = `${ROOT}/roles/backend.md`;
const OTHER = `${ROOT}/roles/staff.md`;
const FILES: Record<string, string> = {
  [PAGE]: '# Backend Engineer\n\nSee [levels](#level).\n\n## Levels\n',
  [OTHER]: '# Staff\n\nSee [backend](backend.md#levels) and [missing](backend.md#nope).\n',
};

interface Message {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: any;
}

/** A worker global with a message port to the test, and nothing from node. */
function startWorker() {
  const toServer: { onmessage?: (event: { data: unknown }) => void } = {};
  const received: Message[] = [];
  const listeners = new Set<() => void>();
  const fileRequests: string[] = [];
  const logs: string[] = [];
  const self = {
    set onmessage(handler: (event: { data: unknown }) => void) {
      toServer.onmessage = handler;
    },
    get onmessage() {
      return toServer.onmessage!;
    },
    addEventListener: () => undefined,
    postMessage(posted: Message) {
      // postMessage copies structurally; this also moves the value out of the worker's realm.
      const message = structuredClone(posted) as Message;
      // The worker asks for files: answer like the web client does.
      if (message.method === 'roleDocs/findFiles') {
        fileRequests.push(message.method);
        send({ id: message.id, result: Object.keys(FILES).sort() });
      } else if (message.method === 'roleDocs/readFile') {
        fileRequests.push(`${message.method} ${message.params.uri}`);
        send({ id: message.id, result: { text: FILES[message.params.uri] ?? null } });
      } else if (message.method === 'client/registerCapability' || message.method === 'workspace/configuration') {
        // Every page reported, so the closed page is read through the client.
        const settings = { diagnostics: { scope: 'workspace' } };
        send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => settings) : null });
      } else {
        if (message.method === 'window/logMessage') logs.push(message.params.message);
        received.push(message);
        for (const l of [...listeners]) l();
      }
    },
  };
  const send = (message: Message) => queueMicrotask(() => toServer.onmessage!({ data: { jsonrpc: '2.0', ...message } }));
  const context = vm.createContext({ self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, performance });
  vm.runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: BUNDLE });

  let nextId = 1;
  const request = (method: string, params: unknown) =>
    new Promise<Message>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`no answer to ${method}`)), 15_000);
      const check = () => {
        const answer = received.find((m) => m.id === id && m.method === undefined);
        if (!answer) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(answer);
      };
      listeners.add(check);
      send({ id, method, params });
    });
  return { request, notify: (method: string, params: unknown) => send({ method, params }), fileRequests, logs };
}

describe('web worker server', () => {
  test('answers over postMessage and reads the workspace through the client', async () => {
    const worker = startWorker();
    const init = await worker.request('initialize', {
      processId: null,
      rootUri: ROOT,
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
      workspaceFolders: [{ uri: ROOT, name: 'handbook' }],
    });
    assert.equal(init.result.serverInfo.name, 'role-docs');
    worker.notify('initialized', {});
    worker.notify('textDocument/didOpen', { textDocument: { uri: PAGE, languageId: 'markdown', version: 1, text: FILES[PAGE] } });

    const report = await worker.request('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(
      report.result.items.map((item: any) => ({ uri: item.uri, messages: item.items.map((d: any) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`) })),
      [
        { uri: PAGE, messages: ["RD001 2:14 Broken anchor '#level': did you mean '#levels'? No heading or anchor on this page has it."] },
        { uri: OTHER, messages: ["RD001 2:58 Broken anchor '#nope': no heading or anchor in roles/backend.md has it."] },
      ],
    );
    assert.ok(worker.fileRequests.includes('roleDocs/findFiles'));
    assert.ok(worker.fileRequests.includes(`roleDocs/readFile ${OTHER}`));
    assert.deepEqual(worker.logs, [], 'no feature failed in the worker');
  });
});
