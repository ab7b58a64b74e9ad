import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { projectRoot } from '../../helpers/runCliProcess';

export const serverPath = join(projectRoot, 'dist/server.js');

/** The bundled server over stdio, with a bare JSON-RPC connection: what an editor sees, no more. */
export interface LspSession {
  process: ChildProcess;
  connection: MessageConnection;
  /** Every publishDiagnostics notification, in arrival order. */
  published: PublishDiagnosticsParams[];
  /** Resolves with the first publish for `uri` that satisfies `accept`. */
  waitForPublish(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, timeoutMs: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

export async function startServer(rootPath: string): Promise<LspSession> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters = new Set<() => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) w();
  });
  connection.onRequest(() => null);
  connection.listen();
  const rootUri = 'file://' + rootPath;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { workspaceFolders: true } },
  });
  await connection.sendNotification('initialized', {});
  return {
    process: child,
    connection,
    published,
    waitForPublish(uri, accept, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const hit = published.find((p) => p.uri === uri && accept(p));
          if (!hit) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got versions ${published.filter((p) => p.uri === uri).map((p) => p.version).join(',')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      connection.dispose();
      child.kill('SIGKILL');
    },
  };
}
