import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME } from './common/clientOptions';
import { activateRoleDocs, deactivateRoleDocs, type RoleDocsApi } from './common/activate';

/** Desktop: the server is dist/server.js in a node process, over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<RoleDocsApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return activateRoleDocs(context, {
    schemes: ['file', 'untitled'],
    createClient: (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options),
  });
}

/** VS Code waits for the server to stop before it disposes the subscriptions. */
export function deactivate(): Promise<void> {
  return deactivateRoleDocs();
}
