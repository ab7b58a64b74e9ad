import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { problemIcon } from './statusText';
import { PAGE_SUMMARY_REQUEST, type PageSummaryParams, type PageSummaryResult } from '../../../server/src/common/protocol';

/** Typing waits this long before the status bar asks the server again. */
const UPDATE_DELAY_MS = 300;

/**
 * The active page's role count and problem count, or a warning when its configuration has problems
 * (the ladder rules are off then); hidden for anything that is not markdown.
 */
export class RoleStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('roleDocs.status', vscode.StatusBarAlignment.Right, 100);
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #client: () => BaseLanguageClient | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  constructor(client: () => BaseLanguageClient | undefined) {
    this.#client = client;
    this.#item.name = 'Role Docs';
    this.#item.command = 'workbench.actions.view.problems';
    this.#subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule(UPDATE_DELAY_MS)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        // A config or ladder file's problems come and go with the warning the page shows.
        if (e.uris.some((u) => u.toString() === active || u.path.endsWith('.json'))) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update(), delay);
  }

  async #update(): Promise<void> {
    const generation = ++this.#generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.#client();
    if (!document || document.languageId !== 'markdown' || !client?.isRunning()) {
      this.#item.hide();
      return;
    }
    let summary: PageSummaryResult | null = null;
    try {
      const params: PageSummaryParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      summary = await client.sendRequest<PageSummaryResult | null>(PAGE_SUMMARY_REQUEST, params);
    } catch {
      // The server is restarting; the next change asks again.
    }
    if (generation !== this.#generation) return;
    if (!summary) {
      this.#item.hide();
      return;
    }
    if (summary.configProblem) {
      this.#item.text = '$(warning) Role Docs: configuration problem';
      this.#item.tooltip = summary.configProblem;
      this.#item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.#item.show();
      return;
    }
    this.#item.backgroundColor = undefined;
    // Pulled diagnostics can be newer than the server's answer, so the problem count is VS Code's.
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'role-docs');
    const problems = diagnostics.length;
    const roles = `${summary.roles} ${summary.roles === 1 ? 'role' : 'roles'}`;
    this.#item.text = `$(organization) ${roles}  $(${problemIcon(diagnostics.map((d) => d.severity))}) ${problems}`;
    this.#item.tooltip = `Role Docs: ${roles}, ${problems} ${problems === 1 ? 'problem' : 'problems'} on this page`;
    this.#item.show();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#item.dispose();
    for (const s of this.#subscriptions) s.dispose();
  }
}
