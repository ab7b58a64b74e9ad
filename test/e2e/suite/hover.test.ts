import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, hoverText, openPage, roleDocsExtension, waitFor } from './helpers';

suite('grade hover', () => {
  test('hovering "grade 10" shows the ladder card for grade 10', async () => {
    const editor = await openPage(PAGES.principal);
    await waitFor('Role Docs to activate', () => (roleDocsExtension().isActive ? true : undefined));
    const line = editor.document.lineAt(29).text;
    assert.equal(line, 'The Distinguished Engineer is a [grade 10](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).');
    const onNumber = new vscode.Position(29, line.indexOf('grade 10') + 'grade '.length);
    // The server may still be indexing right after activation: ask until it answers, bounded.
    const text = await waitFor('a hover on "grade 10"', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, onNumber);
      const found = hoverText(hovers ?? []);
      return /Distinguished/.test(found) ? found : undefined;
    });
    assert.match(text, /\b10\b/, text);
    // The level on each track, the ladder's description, and the page's own role at that grade.
    assert.match(text, /Distinguished/, text);
    assert.match(text, /Director/, text);
    assert.match(text, /A company-wide authority in a field/, text);
    assert.match(text, /Distinguished Engineer/, text);
    // Grades around it.
    assert.match(text, /\b9\b/, text);
    assert.match(text, /\b11\b/, text);
  });
});
