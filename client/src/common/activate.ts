import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { CLIENT_NAME, clientOptions } from './clientOptions';
import { registerCommands } from './commands';
import { LADDER_SCHEME, LadderView } from './ladderView';
import { LadderTreeProvider } from './ladderTree';
import { RoleStatusBar } from './statusBar';
import { SCHEMA_SCHEME, SchemaContent } from './schemaContent';
import { EFFECTIVE_ROLE_SCHEME, EffectiveRoleView } from './effectiveRoleView';

/** What differs between the desktop and the web: how the client reaches its server. */
export interface ClientHost {
  schemes: readonly string[];
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** Runs after each start, e.g. to answer the server's file requests. */
  onStarted?(client: BaseLanguageClient): vscode.Disposable[];
}

let running: BaseLanguageClient | undefined;

/**
 * Stops the server before VS Code disposes the extension's subscriptions: stopping logs to the
 * output channel, and a channel already disposed throws "Channel has been closed".
 */
export async function deactivateRoleDocs(): Promise<void> {
  const client = running;
  running = undefined;
  if (client?.isRunning()) await client.stop().catch(() => undefined);
}

/** What the extension hands to other extensions (and the end-to-end tests) through `exports`. */
export interface RoleDocsApi {
  ladderTree: LadderTreeProvider;
}

/** Starts the client, the commands, the status bar and the ladder tree; everything else happens in the server. */
export async function activateRoleDocs(context: vscode.ExtensionContext, host: ClientHost): Promise<RoleDocsApi> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const client = host.createClient(clientOptions(host.schemes, output));
  running = client;
  let started: vscode.Disposable[] = [];
  const start = async () => {
    await client.start();
    started = host.onStarted?.(client) ?? [];
  };
  const restart = async () => {
    for (const d of started) d.dispose();
    if (client.isRunning()) await client.stop();
    await start();
    ladderTree.refresh();
    output.info('Role Docs server restarted.');
  };
  const ladderView = new LadderView();
  const ladderTree = new LadderTreeProvider(() => client);
  const statusBar = new RoleStatusBar(() => client);
  const effectiveRoleView = new EffectiveRoleView(() => client);
  context.subscriptions.push(
    ladderView,
    ladderTree,
    ...ladderTree.register(),
    statusBar,
    vscode.workspace.registerTextDocumentContentProvider(LADDER_SCHEME, ladderView),
    vscode.workspace.registerTextDocumentContentProvider(SCHEMA_SCHEME, new SchemaContent(context.extensionUri)),
    effectiveRoleView,
    vscode.workspace.registerTextDocumentContentProvider(EFFECTIVE_ROLE_SCHEME, effectiveRoleView),
    ...registerCommands({ client: () => client, restart, ladderView, ladderTree, effectiveRoleView }),
    { dispose: () => void client.dispose() },
    { dispose: () => started.forEach((d) => d.dispose()) },
    // Last: whatever is disposed before it may still log.
    output,
  );
  // The ladder view is contributed with `when: roleDocs.active`, so showing it never starts the extension.
  void vscode.commands.executeCommand('setContext', 'roleDocs.active', true);
  await start();
  statusBar.schedule(0);
  ladderTree.refresh();
  return { ladderTree };
}
