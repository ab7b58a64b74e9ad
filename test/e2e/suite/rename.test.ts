import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, codeOf, openPage, pageUri, restoreEditedPages, roleDocsExtension, waitFor, waitForDiagnostics } from './helpers';

suite('rename', () => {
  teardown(restoreEditedPages);

  test('renaming a heading updates the link to it in another page', async () => {
    const editor = await openPage(PAGES.index);
    await waitFor('Role Docs to activate', () => (roleDocsExtension().isActive ? true : undefined));
    assert.equal(editor.document.lineAt(9).text, '## How we level roles');
    const onHeading = new vscode.Position(9, 5);
    const prepared = await waitFor('prepareRename on the heading', async () =>
      vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', editor.document.uri, onHeading).then(
        (r) => r ?? undefined,
        () => undefined,
      ),
    );
    assert.equal(prepared.placeholder, 'How we level roles');

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, onHeading, 'How levels work');
    const backend = pageUri(PAGES.backend);
    const touched = edit.entries().map(([uri]) => uri.toString()).sort();
    assert.deepEqual(touched, [backend.toString(), editor.document.uri.toString()].sort());
    assert.equal(await vscode.workspace.applyEdit(edit), true);

    assert.equal(editor.document.lineAt(9).text, '## How levels work');
    const other = await vscode.workspace.openTextDocument(backend);
    assert.equal(other.lineAt(7).text, 'described in [how we level roles](/job-families/#how-levels-work).');
    // The renamed link resolves: the server reports no broken anchor in the other page.
    await vscode.window.showTextDocument(other);
    await waitForDiagnostics(backend, 'the backend page checked after the rename', (d) => !d.some((x) => codeOf(x) === 'RD001'));
  });
});
