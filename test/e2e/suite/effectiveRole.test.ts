import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, openPage, restoreEditedPages, roleDocsExtension, waitFor } from './helpers';

const PAGE = 'job-families/engineering/backend-engineer/index.html.md';

/** What the command shows for the Staff role of the backend page; `own` is its first own responsibility. */
function staffRole(own: string): string {
  return [
    '# Staff Backend Engineer (grade 8)',
    '',
    `_Staff · ${PAGE}:44 · own lines and every line inherited through its extends claims._`,
    '',
    '## Responsibilities',
    '',
    `- ${own} — own (${PAGE}:52)`,
    `- Grow senior engineers into technical leaders. — own (${PAGE}:53)`,
    '',
    '## Requirements',
    '',
    `- Experience building web services in a compiled or dynamic language. — from Backend Engineer (Intermediate) (${PAGE}:25)`,
    `- Ability to use GitLab — from Backend Engineer (Intermediate) (${PAGE}:26)`,
    `- Ability to use GitLab — from Senior Backend Engineer (${PAGE}:42)`,
    `- Ability to use GitLab — own (${PAGE}:58)`,
    '',
  ].join('\n');
}

suite('Show Effective Role', () => {
  teardown(restoreEditedPages);

  test('opens the role under the cursor beside the page as markdown, and follows an edit of the page', async () => {
    const editor = await openPage(PAGES.backend);
    await waitFor('Role Docs to activate', () => (roleDocsExtension().isActive ? true : undefined));
    assert.equal(editor.document.lineAt(51).text, '- Set the technical direction of a product area.');
    editor.selection = new vscode.Selection(51, 4, 51, 4);
    // The server may still be starting: run the command until it opens a document, bounded.
    const shown = await waitFor('the effective role document', async () => {
      await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
      editor.selection = new vscode.Selection(51, 4, 51, 4);
      return (await vscode.commands.executeCommand<vscode.TextDocument | undefined>('roleDocs.showEffectiveRole')) ?? undefined;
    });
    assert.equal(shown.uri.scheme, 'role-docs-role');
    assert.equal(shown.languageId, 'markdown');
    assert.equal(shown.getText(), staffRole('Set the technical direction of a product area.'));
    assert.ok(
      vscode.window.visibleTextEditors.some((e) => e.document === shown && e.viewColumn !== editor.viewColumn),
      'the effective role opens beside the page',
    );

    const edit = new vscode.WorkspaceEdit();
    edit.replace(editor.document.uri, new vscode.Range(51, 2, 51, 48), 'Set the technical direction of two product areas.');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const followed = staffRole('Set the technical direction of two product areas.');
    await waitFor('the effective role to follow the edit', () => (shown.getText() === followed ? true : undefined), 30_000);
  });
});
