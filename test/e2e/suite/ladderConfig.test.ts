import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, codeOf, hasSeededAnchor, openPage, pageUri, waitForDiagnostics } from './helpers';

const SHIFTED = '{ "ladder": "ladders/shifted.json" }\n';

suite('workspace configuration', () => {
  let original: Uint8Array | undefined;
  const config = (): vscode.Uri => pageUri(PAGES.config);

  suiteSetup(async () => {
    original = await vscode.workspace.fs.readFile(config());
  });
  suiteTeardown(async () => {
    if (original) await vscode.workspace.fs.writeFile(config(), original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('switching .role-docs.json to another ladder re-checks the open pages', async () => {
    const backend = pageUri(PAGES.backend);
    const product = pageUri(PAGES.product);
    await openPage(PAGES.backend);
    await openPage(PAGES.product);
    // The product page's seeded finding shows the server has checked the open pages.
    await waitForDiagnostics(product, 'the seeded broken anchor', hasSeededAnchor);
    assert.deepEqual(vscode.languages.getDiagnostics(backend).filter((d) => codeOf(d) === 'RD003'), []);

    // Written on disk as a person saving the file would: the server learns of it through the file watcher.
    await vscode.workspace.fs.writeFile(config(), new TextEncoder().encode(SHIFTED));
    const grades = (d: vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'RD003').map((x) => [x.range.start.line, x.range.start.character, x.message]);
    const expectedBackend = [
      [31, 40, "Grade 7 should be 8: Senior is grade 8 on the ladder (role 'Senior Backend Engineer', line 28)."],
      [47, 39, "Grade 8 should be 9: Staff is grade 9 on the ladder (role 'Staff Backend Engineer', line 44)."],
    ];
    assert.deepEqual(grades(await waitForDiagnostics(backend, 'grade findings under the shifted ladder', (d) => grades(d).length === 2)), expectedBackend);
    // The product page's "Product Manager" titles take their grades from GitLab's Product Management table,
    // which Northwind does not have: no grade is decided for them, so none is reported.
    assert.deepEqual(grades(vscode.languages.getDiagnostics(product)), []);

    await vscode.workspace.fs.writeFile(config(), original!);
    await waitForDiagnostics(backend, 'the default ladder back in force', (d) => grades(d).length === 0);
  });
});
