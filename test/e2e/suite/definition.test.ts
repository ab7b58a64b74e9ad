import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, landing, openPage, pageUri, roleDocsExtension, waitFor, waitForActiveEditor } from './helpers';

async function definitionsAt(uri: vscode.Uri, position: vscode.Position): Promise<(vscode.Location | vscode.LocationLink)[]> {
  return waitFor('a definition answer', async () => {
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
    return found?.length ? found : undefined;
  });
}

/** Puts the cursor inside `fragment` on `line` and runs Go to Definition as a person would (F12). */
async function goToDefinition(editor: vscode.TextEditor, line: number, fragment: string): Promise<vscode.Position> {
  const text = editor.document.lineAt(line).text;
  const at = text.indexOf(fragment);
  assert.ok(at >= 0, `line ${line + 1} should contain ${fragment}: ${text}`);
  const position = new vscode.Position(line, at + 3);
  editor.selection = new vscode.Selection(position, position);
  return position;
}

suite('go to definition on extends links', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('an in-page extends link opens the Requirements heading it names', async () => {
    const editor = await openPage(PAGES.backend);
    await waitFor('Role Docs to activate', () => (roleDocsExtension().isActive ? true : undefined));
    const position = await goToDefinition(editor, 56, '#senior-backend-engineer-requirements');
    const targets = await definitionsAt(editor.document.uri, position);
    assert.deepEqual(
      targets.map(landing).map((t) => [t.uri.toString(), t.line]),
      [[editor.document.uri.toString(), 38]],
    );
    assert.equal(editor.document.lineAt(38).text, '#### Senior Backend Engineer Requirements');

    await vscode.commands.executeCommand('editor.action.revealDefinition');
    await waitFor('the cursor on the heading', () => (editor.selection.active.line === 38 ? true : undefined), 10_000);
  });

  test('a site-path extends link opens the heading in the other page', async () => {
    const editor = await openPage(PAGES.principal);
    await waitFor('Role Docs to activate', () => (roleDocsExtension().isActive ? true : undefined));
    const position = await goToDefinition(editor, 22, '#staff-backend-engineer-requirements');
    const backend = pageUri(PAGES.backend);
    const targets = await definitionsAt(editor.document.uri, position);
    assert.deepEqual(targets.map(landing).map((t) => [t.uri.toString(), t.line]), [[backend.toString(), 54]]);

    const opened = waitForActiveEditor(backend);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const target = await opened;
    assert.equal(target.selection.active.line, 54);
    assert.equal(target.document.lineAt(54).text, '#### Staff Backend Engineer Requirements');
  });
});
