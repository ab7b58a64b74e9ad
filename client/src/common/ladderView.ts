import * as vscode from 'vscode';

export const LADDER_SCHEME = 'role-docs-ladder';

/** Read-only markdown documents showing the ladder table; their text is set before each one opens. */
export class LadderView implements vscode.TextDocumentContentProvider {
  readonly #texts = new Map<string, string>();
  readonly #changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.#texts.get(uri.toString()) ?? '';
  }

  /** Opens (or refreshes) the ladder document for one ladder source. */
  async show(text: string, source: string): Promise<void> {
    const name = source === 'default' ? 'GitLab ladder (default)' : `Ladder ${source.replace(/[\\/]/g, ' ')}`;
    const uri = vscode.Uri.from({ scheme: LADDER_SCHEME, path: `/${name}.md` });
    this.#texts.set(uri.toString(), text);
    this.#changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true });
  }

  dispose(): void {
    this.#changed.dispose();
  }
}
