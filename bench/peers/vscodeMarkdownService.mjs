// Drives VS Code's Markdown language service (markdown-it) over a folder: fragment-link diagnostics
// for every page, from an in-memory workspace loaded up front, like an editor that indexed the folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { createLanguageService, githubSlugifier, DiagnosticLevel } from 'vscode-markdown-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/peers/vscodeMarkdownService.mjs FOLDER');
  process.exit(2);
}

const docs = new Map();
const dirs = new Map();
const walk = (dir) => {
  const entries = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    entries.push([entry.name, { isDirectory: entry.isDirectory() }]);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.md')) {
      const uri = pathToFileURL(path).href;
      docs.set(uri, TextDocument.create(uri, 'markdown', 1, readFileSync(path, 'utf8')));
    }
  }
  dirs.set(pathToFileURL(dir).href.replace(/\/$/, ''), entries);
};
walk(root);

const noEvent = () => ({ dispose() {} });
const workspace = {
  workspaceFolders: [URI.file(root)],
  onDidChangeMarkdownDocument: noEvent,
  onDidCreateMarkdownDocument: noEvent,
  onDidDeleteMarkdownDocument: noEvent,
  async getAllMarkdownDocuments() {
    return docs.values();
  },
  hasMarkdownDocument: (uri) => docs.has(uri.toString(true)),
  async openMarkdownDocument(uri) {
    return docs.get(uri.toString(true));
  },
  async stat(uri) {
    const key = uri.toString(true).replace(/\/$/, '');
    if (docs.has(key)) return { isDirectory: false };
    if (dirs.has(key)) return { isDirectory: true };
    try {
      return { isDirectory: statSync(uri.fsPath).isDirectory() };
    } catch {
      return undefined;
    }
  },
  async readDirectory(uri) {
    return dirs.get(uri.toString(true).replace(/\/$/, '')) ?? [];
  },
};

const md = new MarkdownIt({ html: true });
const parser = { slugifier: githubSlugifier, tokenize: async (doc) => md.parse(doc.getText(), {}) };
const service = createLanguageService({ workspace, parser, logger: { level: 0, log() {} } });
const options = {
  validateReferences: DiagnosticLevel.ignore,
  validateFragmentLinks: DiagnosticLevel.warning,
  validateFileLinks: DiagnosticLevel.ignore,
  validateMarkdownFileLinkFragments: DiagnosticLevel.warning,
  validateUnusedLinkDefinitions: DiagnosticLevel.ignore,
  validateDuplicateLinkDefinitions: DiagnosticLevel.ignore,
  ignoreLinks: [],
};
const token = { isCancellationRequested: false, onCancellationRequested: noEvent };
let count = 0;
for (const doc of docs.values()) count += (await service.computeDiagnostics(doc, options, token)).length;
service.dispose();
console.log(`${docs.size} pages, ${count} fragment diagnostics`);
