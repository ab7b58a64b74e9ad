import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, hasSeededAnchor, openPage, pageUri, roleDocsExtension, waitFor, waitForDiagnostics } from './helpers';

suite('activation', () => {
  test('the manifest activates on markdown only', () => {
    const events: string[] = (roleDocsExtension().packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
    assert.deepEqual(
      events.filter((e) => e === '*' || e === 'onStartupFinished' || (e.startsWith('onLanguage:') && e !== 'onLanguage:markdown')),
      [],
    );
    assert.ok(events.includes('onLanguage:markdown'), `activationEvents: ${JSON.stringify(events)}`);
  });

  test('a plain-text file does not start Role Docs; a markdown page does', async () => {
    const extension = roleDocsExtension();
    assert.equal(extension.isActive, false, 'nothing is open yet, so Role Docs must not be active');
    const notes = await openPage(PAGES.notes);
    assert.equal(notes.document.languageId, 'plaintext');
    // A round trip through the workbench lets any activation the .txt triggered reach this host.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    assert.equal(extension.isActive, false, 'opening a .txt file activated Role Docs');

    const page = await openPage(PAGES.product);
    assert.equal(page.document.languageId, 'markdown');
    await waitFor('Role Docs to activate', () => (extension.isActive ? true : undefined));
    await waitForDiagnostics(pageUri(PAGES.product), 'the seeded broken anchor', hasSeededAnchor);
  });
});
