// Drives the bundled server (dist/server.js) over stdio, the way an editor does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationParams,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const WAIT_MS = 15_000;

/** What VS Code 1.9x announces that matters to this server: pull diagnostics, refresh, watchers, settings. */
export const PULL_CLIENT: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    completion: { completionItem: { snippetSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    diagnostics: { refreshSupport: true },
  },
};

/** A client that only takes published diagnostics (as many editors still do). */
export const PUSH_CLIENT: ClientCapabilities = {
  ...PULL_CLIENT,
  textDocument: { ...PULL_CLIENT.textDocument, diagnostic: undefined, publishDiagnostics: { versionSupport: true } },
  workspace: { ...PULL_CLIENT.workspace, diagnostics: undefined },
};

export interface SessionOptions {
  root: string;
  capabilities?: ClientCapabilities;
  /** What `workspace/configuration` answers for the `roleDocs` section. */
  settings?: Record<string, unknown>;
  /** Sent as `initializationOptions`. */
  initializationOptions?: Record<string, unknown>;
  /** An executable server to run with `--stdio` (an installed `role-docs-server`) instead of the bundle. */
  server?: string;
}

/** One server process and the client side of its connection, with a record of what the server sent. */
export class LspSession {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly rootUri: string;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  readonly logs: string[] = [];
  refreshes = 0;
  settings: Record<string, unknown>;
  stderr = '';
  exited = false;
  readonly #listeners = new Set<() => void>();

  private constructor(options: SessionOptions) {
    if (!options.server && !existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first.`);
    this.rootUri = new URL(`file://${options.root}`).href;
    this.settings = options.settings ?? {};
    const args = options.server ? ['--stdio'] : [SERVER, '--stdio'];
    this.child = spawn(options.server ?? process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', () => {
      this.exited = true;
      this.#changed();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.#changed();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.#changed();
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.#changed();
    });
    this.connection.onRequest(ConfigurationRequest.type, (params: ConfigurationParams) => params.items.map(() => this.settings));
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.#changed();
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  /** Starts the server and completes the initialize handshake. */
  static async start(options: SessionOptions): Promise<{ session: LspSession; result: InitializeResult }> {
    const session = new LspSession(options);
    const result = await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: session.rootUri,
      capabilities: options.capabilities ?? PULL_CLIENT,
      workspaceFolders: [{ uri: session.rootUri, name: 'fixture' }],
      ...(options.initializationOptions && { initializationOptions: options.initializationOptions }),
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return { session, result };
  }

  uri(relativePath: string): string {
    return `${this.rootUri}/${relativePath}`;
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  /** Resolves with `check()`'s first defined value, re-checked on every message from the server. */
  waitFor<T>(description: string, check: () => T | undefined, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = (): boolean => {
        const value = check();
        if (value === undefined) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out waiting for ${description}.\nServer stderr:\n${this.stderr.slice(-2000)}\nServer log:\n${this.logs.slice(-20).join('\n')}`));
      }, timeoutMs);
      const listener = () => void done();
      const cleanup = () => {
        clearTimeout(timer);
        this.#listeners.delete(listener);
      };
      this.#listeners.add(listener);
      done();
    });
  }

  /** The next diagnostics published for `uri` after `after` earlier publications that satisfy `accept`. */
  nextPublished(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, after = this.published.length): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics published for ${uri}`, () => this.published.slice(after).find((p) => p.uri === uri && accept(p)));
  }

  /** Resolves when the server asks the client to pull diagnostics again, after `after` earlier asks. */
  nextRefresh(after = this.refreshes): Promise<number> {
    return this.waitFor('a workspace/diagnostic/refresh request', () => (this.refreshes > after ? this.refreshes : undefined));
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Orderly shutdown; the process is killed if it does not exit in time. */
  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification(ExitNotification.type);
        await this.waitFor('the server to exit', () => (this.exited ? true : undefined), 5000);
      } catch {
        this.child.kill('SIGKILL');
      }
    }
    this.connection.dispose();
  }
}
