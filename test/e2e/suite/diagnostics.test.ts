import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PAGES, SEEDED_ANCHOR, codeOf, openPage, pageUri, restoreEditedPages, waitForDiagnostics } from './helpers';

suite('diagnostics', () => {
  teardown(restoreEditedPages);

  test('a broken anchor is an RD001 warning on its line and columns', async () => {
    const uri = pageUri(PAGES.product);
    await openPage(PAGES.product);
    const diagnostics = await waitForDiagnostics(uri, 'RD001 on the product page', (d) => d.some((x) => codeOf(x) === 'RD001'));
    assert.deepEqual(
      diagnostics.map((d) => ({
        code: codeOf(d),
        severity: d.severity,
        range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
        message: d.message,
      })),
      [
        {
          code: 'RD001',
          severity: vscode.DiagnosticSeverity.Warning,
          range: [SEEDED_ANCHOR.line, SEEDED_ANCHOR.start, SEEDED_ANCHOR.line, SEEDED_ANCHOR.end],
          message: "Broken anchor '#hiring-proces': did you mean '#hiring-process'? No heading or anchor on this page has it.",
        },
      ],
    );
  });

  test('a clean page gets exactly one finding when a broken link is typed into it', async () => {
    const uri = pageUri(PAGES.backend);
    const editor = await openPage(PAGES.backend);
    // Line 8 links to another page; appending a wrong fragment there must be reported on line 8.
    const line = editor.document.lineAt(7);
    assert.equal(line.text, 'described in [how we level roles](/job-families/#how-we-level-roles).');
    await editor.edit((e) => e.insert(line.range.end, ' See [the levels](#levls).'));
    const diagnostics = await waitForDiagnostics(uri, 'RD001 for #levls', (d) => d.some((x) => codeOf(x) === 'RD001'));
    assert.deepEqual(
      diagnostics.map((d) => [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.character]),
      [['RD001', 7, line.text.length + 19, line.text.length + 24]],
    );
  });
});
