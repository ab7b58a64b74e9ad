import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME } from './common/clientOptions';
import { activateRoleDocs, deactivateRoleDocs, type RoleDocsApi } from './common/activate';
import { answerFileRequests } from './web/fileRequests';

/** Web: the server runs in a worker and reads files through this client. */
export async function activate(context: vscode.ExtensionContext): Promise<RoleDocsApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
  let worker: Worker | undefined;
  // A function, so Restart Server gets a fresh worker; the old one is ended first. It returns the
  // transports, not the worker: VS Code's web worker host replaces `Worker`, so the client's
  // `instanceof Worker` test fails there and a returned worker would be taken for transports.
  const serverOptions = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = new Worker(serverMain.toString(true));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  return activateRoleDocs(context, {
    schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-test-web', 'github', 'vscode-remote'],
    createClient: (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options),
    onStarted: answerFileRequests,
  });
}

/** VS Code waits for the server to stop before it disposes the subscriptions (and the worker). */
export function deactivate(): Promise<void> {
  return deactivateRoleDocs();
}
