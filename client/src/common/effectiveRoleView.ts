import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EFFECTIVE_ROLE_REQUEST, type EffectiveRoleParams, type EffectiveRoleResult } from '../../../server/src/common/protocol';

export const EFFECTIVE_ROLE_SCHEME = 'role-docs-role';
/** Quiet time after an edit before open views ask the server again. */
const REFRESH_DELAY_MS = 300;

/** Which role a view shows: its page, its title and where its heading was last seen. */
interface ShownRole {
  source: string;
  title: string;
  line: number;
}

/**
 * Read-only markdown documents showing a role with everything it inherits. Each asks the server
 * when VS Code reads it, and is read again (onDidChange) after any markdown page changes, since a
 * chain of extends claims may run through other pages.
 */
export class EffectiveRoleView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  readonly #client: () => BaseLanguageClient;
  readonly #shown = new Map<string, ShownRole>();
  readonly #changed = new vscode.EventEmitter<vscode.Uri>();
  readonly #listeners: vscode.Disposable[];
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChange = this.#changed.event;

  constructor(client: () => BaseLanguageClient) {
    this.#client = client;
    this.#listeners = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'markdown' && e.document.uri.scheme !== EFFECTIVE_ROLE_SCHEME && e.contentChanges.length) this.#scheduleRefresh();
      }),
      vscode.workspace.onDidSaveTextDocument(() => this.#scheduleRefresh()),
    ];
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const shown = this.#shown.get(uri.toString());
    if (!shown) return '';
    const params: EffectiveRoleParams = { uri: shown.source, position: { line: shown.line, character: 0 }, title: shown.title };
    const result = await this.#client().sendRequest<EffectiveRoleResult | null>(EFFECTIVE_ROLE_REQUEST, params, token);
    if (!result) return `# ${shown.title}\n\n_The page no longer has a role titled ${shown.title}._\n`;
    shown.line = result.line;
    shown.title = result.title;
    return result.markdown;
  }

  /** Opens, beside the editor, the role the cursor is in; says so when it is in none. */
  async showAt(editor: vscode.TextEditor): Promise<vscode.TextDocument | undefined> {
    const client = this.#client();
    const source = client.code2ProtocolConverter.asUri(editor.document.uri);
    const { line, character } = editor.selection.active;
    const params: EffectiveRoleParams = { uri: source, position: { line, character } };
    const result = await client.sendRequest<EffectiveRoleResult | null>(EFFECTIVE_ROLE_REQUEST, params);
    if (!result) {
      void vscode.window.showInformationMessage('Role Docs: the cursor is in no role. Put it in a role to see what it inherits.');
      return undefined;
    }
    const uri = vscode.Uri.from({ scheme: EFFECTIVE_ROLE_SCHEME, path: `/${result.title.replace(/[\\/]/g, ' ')} (effective).md`, query: source });
    this.#shown.set(uri.toString(), { source, title: result.title, line: result.line });
    this.#changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    return document;
  }

  #scheduleRefresh(): void {
    if (!this.#shown.size) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      for (const key of this.#shown.keys()) if (open.has(key)) this.#changed.fire(vscode.Uri.parse(key));
    }, REFRESH_DELAY_MS);
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#listeners.forEach((l) => l.dispose());
    this.#changed.dispose();
  }
}
