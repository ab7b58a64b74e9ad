import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME } from './common/clientOptions';
import { activateRoleDocs, type RoleDocsApi } from './common/activate';

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

export function deactivate(): void {
  // The client is disposed with the extension's subscriptions.
}
