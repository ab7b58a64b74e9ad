import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, SEEDED_ANCHOR, codeOf, hasSeededAnchor, openPage, pageUri, restoreEditedPages, waitForDiagnostics } from './helpers';

suite('quick fix', () => {
  teardown(restoreEditedPages);

  test('the quick fix on a broken anchor repairs the link and the finding goes away', async () => {
    const uri = pageUri(PAGES.product);
    const editor = await openPage(PAGES.product);
    const [diagnostic] = (await waitForDiagnostics(uri, 'the seeded broken anchor', hasSeededAnchor)).filter((d) => codeOf(d) === 'RD001');
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic!.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
    const fix = fixes.find((a) => a.isPreferred) ?? fixes.find((a) => a.title.includes('#hiring-process'));
    assert.ok(fix, `a quick fix for the anchor; offered: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    assert.match(fix.title, /#hiring-process\b/);

    if (fix.edit) assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const line = editor.document.lineAt(SEEDED_ANCHOR.line).text;
    assert.equal(line.slice(SEEDED_ANCHOR.start - 1, SEEDED_ANCHOR.start + 'hiring-process'.length + 1), '#hiring-process)');
    await waitForDiagnostics(uri, 'the anchor finding to go away', (d) => !d.some((x) => codeOf(x) === 'RD001'));
  });
});
