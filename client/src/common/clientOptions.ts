import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { EDITOR_MARKDOWN_FEATURES } from '../../../server/src/common/protocol';

/** The LanguageClient id: VS Code reads `roleDocs.trace.server` by it. */
export const CLIENT_ID = 'roleDocs';
export const CLIENT_NAME = 'Role Docs';

/** VS Code's built-in markdown extension: the outline, link completions and go to definition for in-page and relative links. */
const MARKDOWN_FEATURES_ID = 'vscode.markdown-language-features';

/** Markdown pages in these URI schemes go to the server; it leaves to VS Code's markdown features what they answer. */
export function clientOptions(schemes: readonly string[], outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: schemes.map((scheme) => ({ language: 'markdown', scheme })),
    outputChannel,
    initializationOptions: { [EDITOR_MARKDOWN_FEATURES]: vscode.extensions.getExtension(MARKDOWN_FEATURES_ID) !== undefined },
  };
}
