import * as assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { restoreEditedPages, roleDocsExtension } from './helpers';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** The text VS Code inserts when every placeholder keeps its default (choices take the first). */
export function expandDefaults(body: string): string {
  let text = body;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{?\d+\}?/g, '');
  }
  return text.replace(/\\([$}\\])/g, '$1');
}

async function levelSectionSnippet(): Promise<{ name: string; body: string }> {
  const extension = roleDocsExtension();
  const contributed = ((extension.packageJSON as { contributes?: { snippets?: { language: string; path: string }[] } }).contributes?.snippets ?? [])
    .filter((s) => s.language === 'markdown');
  assert.ok(contributed.length, 'package.json contributes markdown snippets');
  for (const { path } of contributed) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, path));
    const snippets = parse(new TextDecoder().decode(bytes)) as Record<string, Snippet>;
    for (const [name, snippet] of Object.entries(snippets)) {
      if (/level section/i.test(`${name} ${snippet.description ?? ''}`)) {
        return { name, body: Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body };
      }
    }
  }
  throw new Error('no contributed snippet is named or described as a "level section"');
}

suite('snippets', () => {
  teardown(restoreEditedPages);

  test('the level-section snippet inserts Job Grade, Responsibilities and Requirements', async () => {
    const { name, body } = await levelSectionSnippet();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    // Inserted by name, as the snippet picker would, so the contributed snippet itself is tested.
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
    const text = document.getText();
    assert.equal(text, expandDefaults(body));
    const headings = text.split('\n').filter((l) => /^#{2,6} /.test(l));
    const sections = ['Job Grade', 'Responsibilities', 'Requirements'].map((s) => headings.findIndex((h) => h.endsWith(s)));
    assert.ok(sections.every((i) => i > 0), `a level heading, then the three sections: ${JSON.stringify(headings)}`);
    assert.deepEqual([...sections].sort((a, b) => a - b), sections, 'sections in ladder order');
    assert.match(text, /grade \d+/i, 'the section states a grade');
    // An empty untitled page closes without a "Save?" prompt.
    await editor.edit((e) => e.delete(new vscode.Range(0, 0, document.lineCount, 0)));
  });
});
