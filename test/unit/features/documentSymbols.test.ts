import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { BACKEND_URI, CAREER_URI, featureWorkspace, range } from './featureWorkspace';

test('roles hold their sections; page sections sit at the top level', () => {
  const { features, open } = featureWorkspace();
  const symbols = features.getDocumentSymbols(open(BACKEND_URI));
  assert.deepEqual(
    symbols.map((s) => [s.name, s.kind, s.detail, s.children?.map((c) => c.name)]),
    [
      ['Backend Engineer', SymbolKind.Class, 'grade 6 · Intermediate', ['Job Grade', 'Responsibilities', 'Requirements']],
      ['Senior Backend Engineer', SymbolKind.Class, 'grade 7 · Senior', ['Job Grade', 'Responsibilities', 'Requirements']],
      ['Staff Backend Engineer', SymbolKind.Class, 'grade 8 · Staff', ['Job Grade', 'Responsibilities']],
      ['Performance Indicators', SymbolKind.Namespace, undefined, undefined],
      ['Hiring Process', SymbolKind.Namespace, undefined, undefined],
    ],
  );
  assert.deepEqual(symbols[1].range, range(23, 0, 39, 0));
  assert.deepEqual(symbols[1].selectionRange, range(23, 3, 23, 26));
  assert.deepEqual(symbols[1].children?.[2], {
    name: 'Requirements',
    kind: SymbolKind.Field,
    range: range(34, 0, 39, 0),
    selectionRange: range(34, 4, 34, 16),
  });
  assert.deepEqual(symbols[4].range, range(54, 0, 57, 0));
});

test('headings outside roles are listed too, nested by level', () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(features.getDocumentSymbols(open(CAREER_URI)), [
    {
      name: 'Career Development',
      kind: SymbolKind.String,
      range: range(0, 0, 6, 0),
      selectionRange: range(0, 2, 0, 20),
      children: [{ name: 'Staff engineers', kind: SymbolKind.String, range: range(3, 0, 6, 0), selectionRange: range(3, 3, 3, 18) }],
    },
  ]);
});

test('an empty or heading-less page has no symbols', () => {
  const { features, service } = featureWorkspace();
  assert.deepEqual(features.getDocumentSymbols(service.getDocument(`${BACKEND_URI}.empty.md`, '', 1)), []);
  assert.deepEqual(features.getDocumentSymbols(service.getDocument(`${BACKEND_URI}.prose.md`, 'Just prose.\n', 1)), []);
});
