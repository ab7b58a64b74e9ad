import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'role-docs.role-docs';

/** Role Docs codes are RDnnn; other extensions' diagnostics never count. */
const RULE_CODE = /^RD\d{3}$/;

/** Paths of the fixture handbook (test/e2e/workspace), relative to its root. */
export const PAGES = {
  index: 'job-families/index.md',
  backend: 'job-families/engineering/backend-engineer/index.html.md',
  principal: 'job-families/engineering/principal-engineer/index.html.md',
  product: 'job-families/product/product-manager/index.html.md',
  notes: 'notes.txt',
  config: '.role-docs.json',
} as const;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture handbook must be open as the workspace folder');
  return folder.uri;
}

export function pageUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...path.split('/'));
}

export async function openPage(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(pageUri(path));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code ?? '');
}

export function roleDocsDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => RULE_CODE.test(codeOf(d)) && (code === undefined || codeOf(d) === code));
}

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${codeOf(d)} ${d.message}`));
}

/** Resolves once the Role Docs diagnostics of `uri` satisfy `accept`, re-checking on every diagnostics change. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 45_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = roleDocsDiagnostics(uri);
      if (!accept(current)) return false;
      finish();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${describe(roleDocsDiagnostics(uri))}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

/** Resolves with the next active editor showing `uri` (or the current one if it already does). */
export function waitForActiveEditor(uri: vscode.Uri, timeoutMs = 15_000): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const matches = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => e?.document.uri.toString() === uri.toString();
    if (matches(vscode.window.activeTextEditor)) return resolve(vscode.window.activeTextEditor);
    const listener = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (!matches(e)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(e);
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for an editor on ${uri.path}; active: ${vscode.window.activeTextEditor?.document.uri.path}`));
    }, timeoutMs);
  });
}

/**
 * For states VS Code has no event for (an extension becoming active, a process appearing): checks
 * every 100 ms, bounded by `timeoutMs`.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function roleDocsExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} must be installed in the extension host`);
  return extension;
}

/** Opens a page and waits until the server has checked it (`ready` says what a checked page shows). */
export async function openCheckedPage(
  path: string,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.TextEditor> {
  const editor = await openPage(path);
  await waitForDiagnostics(editor.document.uri, what, ready);
  return editor;
}

/** The product page's one seeded defect: '#hiring-proces' on line 7 (0-based 6, characters 81–94). */
export const SEEDED_ANCHOR = { line: 6, start: 81, end: 94 } as const;

export function hasSeededAnchor(diagnostics: vscode.Diagnostic[]): boolean {
  return diagnostics.some((d) => codeOf(d) === 'RD001' && d.range.start.line === SEEDED_ANCHOR.line);
}

/**
 * Puts back the on-disk text of every page a test edited, so each test starts from the fixture.
 * (The "Revert File" command acts on whichever editor the workbench holds active, which lags behind
 * showTextDocument, so the text is restored and saved directly.)
 */
export async function restoreEditedPages(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), onDisk);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    // Text equal to the file's makes the document clean again; save only if VS Code still thinks otherwise.
    if (document.isDirty) assert.equal(await document.save(), true, `saving ${document.uri.path}`);
    assert.equal(document.getText(), onDisk);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Definition answers are Locations or LocationLinks; tests compare where they land. */
export function landing(target: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; line: number } {
  if ('targetUri' in target) return { uri: target.targetUri, line: (target.targetSelectionRange ?? target.targetRange).start.line };
  return { uri: target.uri, line: target.range.start.line };
}
