import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { matchesSubsequence } from '../../../server/src/service/features/workspaceSymbols';
import { BACKEND_URI, CANCELLED, featureWorkspace, range } from './featureWorkspace';

test('roles across the workspace match a query as a subsequence of their title', async () => {
  const { features } = featureWorkspace();
  assert.deepEqual(await features.getWorkspaceSymbols('sbe'), [
    {
      name: 'Senior Backend Engineer',
      kind: SymbolKind.Class,
      location: { uri: BACKEND_URI, range: range(23, 0, 39, 0) },
      containerName: 'job-families/engineering/backend-engineer/index.html.md',
    },
    {
      name: 'Staff Backend Engineer',
      kind: SymbolKind.Class,
      location: { uri: BACKEND_URI, range: range(39, 0, 50, 0) },
      containerName: 'job-families/engineering/backend-engineer/index.html.md',
    },
  ]);
  assert.deepEqual(
    (await features.getWorkspaceSymbols('')).map((s) => s.name),
    ['Backend Engineer', 'Senior Backend Engineer', 'Staff Backend Engineer', 'Manager, Backend Engineering'],
  );
  assert.deepEqual((await features.getWorkspaceSymbols('MGR backend')).map((s) => s.name), ['Manager, Backend Engineering']);
  assert.deepEqual(await features.getWorkspaceSymbols('fellow'), []);
});

test('subsequence matching ignores case and query spaces and keeps order', () => {
  assert.equal(matchesSubsequence('stbe', 'Staff Backend Engineer'), true);
  assert.equal(matchesSubsequence('S B E', 'Staff Backend Engineer'), true);
  assert.equal(matchesSubsequence('ebs', 'Staff Backend Engineer'), false);
});

test('a cancelled request gets no symbols', async () => {
  const { features } = featureWorkspace();
  assert.deepEqual(await features.getWorkspaceSymbols('s', CANCELLED), []);
});
