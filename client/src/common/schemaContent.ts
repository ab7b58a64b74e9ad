import * as vscode from 'vscode';

/** A ladder file's "$schema" may name `role-docs-schema:/ladder.schema.json` to get the editor's help under any file name. */
export const SCHEMA_SCHEME = 'role-docs-schema';

const SCHEMA_FILES = ['ladder.schema.json', 'config.schema.json'];

/**
 * Serves the extension's own JSON schemas at `role-docs-schema:/<name>`. VS Code's JSON language
 * features open a `$schema` of a scheme they do not fetch themselves as a document, so this works on
 * the desktop and the web alike, reads nothing outside the extension and writes no setting.
 */
export class SchemaContent implements vscode.TextDocumentContentProvider {
  readonly #extensionUri: vscode.Uri;

  constructor(extensionUri: vscode.Uri) {
    this.#extensionUri = extensionUri;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const name = uri.path.replace(/^\/+/, '');
    if (!SCHEMA_FILES.includes(name)) throw new Error(`Role Docs has no schema '${name}': use ${SCHEMA_SCHEME}:/${SCHEMA_FILES.join(` or ${SCHEMA_SCHEME}:/`)}.`);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.#extensionUri, 'schemas', name));
    return new TextDecoder().decode(bytes);
  }
}
