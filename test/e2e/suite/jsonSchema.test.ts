import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { pageUri, waitFor } from './helpers';

// VS Code's JSON editor helps with ladder files through the schema Role Docs contributes: by file
// name from the manifest, and under any name through a "$schema" the extension serves.

const TYPO = '{\n  "$schema": "role-docs-schema:/ladder.schema.json",\n  "extends": "gitlab",\n  "nmae": "Acme"\n}\n';

async function writeAndOpen(path: string, text: string): Promise<vscode.TextDocument> {
  await vscode.workspace.fs.writeFile(pageUri(path), new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(pageUri(path));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The messages of the JSON diagnostics on `uri` once one names `property`. */
function schemaComplaint(uri: vscode.Uri, property: string): Promise<string[]> {
  return waitFor(`a schema diagnostic about "${property}" on ${uri.path}`, () => {
    const messages = vscode.languages.getDiagnostics(uri).map((d) => d.message);
    return messages.some((m) => m.includes(property)) ? messages : undefined;
  });
}

suite('ladder files in the JSON editor', () => {
  const created = ['acme-levels.json', 'team-ladder.json'];
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const path of created) await Promise.resolve(vscode.workspace.fs.delete(pageUri(path))).catch(() => undefined);
  });

  test('a ladder under any name with "$schema": "role-docs-schema:/ladder.schema.json" is validated and completed', async () => {
    const document = await writeAndOpen('acme-levels.json', TYPO);
    assert.deepEqual(await schemaComplaint(document.uri, 'nmae'), ['Property nmae is not allowed.']);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(3, 2));
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const field of ['levels', 'removeLevels', 'sections', 'levelStatements']) assert.ok(labels.includes(field), `${field} in ${JSON.stringify(labels)}`);
  });

  test('a file named *-ladder.json gets the ladder schema with no "$schema" at all', async () => {
    const document = await writeAndOpen('team-ladder.json', TYPO.replace('  "$schema": "role-docs-schema:/ladder.schema.json",\n', ''));
    assert.deepEqual(await schemaComplaint(document.uri, 'nmae'), ['Property nmae is not allowed.']);
  });
});
