import type * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

/** The LanguageClient id: VS Code reads `roleDocs.trace.server` by it. */
export const CLIENT_ID = 'roleDocs';
export const CLIENT_NAME = 'Role Docs';

/** Markdown pages in these URI schemes go to the server. */
export function clientOptions(schemes: readonly string[], outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: schemes.map((scheme) => ({ language: 'markdown', scheme })),
    outputChannel,
  };
}
