import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { describeImport, importsOf, isInside, sourceFiles, type SourceImport } from './sourceImports';

const SERVICE = 'server/src/service';
const nodeBuiltins = new Set(builtinModules);

/** Why an import is not allowed in the service, or undefined when it is. */
function forbiddenInService(i: SourceImport): string | undefined {
  const s = i.specifier;
  if (s.startsWith('node:') || nodeBuiltins.has(s.split('/')[0])) return 'a node builtin: the service runs in a web worker too, and reads files only through its Workspace';
  if (s === 'vscode' || s.startsWith('vscode/')) return 'the VS Code API: the service runs outside the editor';
  // LSP *types* (vscode-languageserver-types, -protocol) are shared words; the server package holds the connection.
  if (s === 'vscode-languageserver' || s.startsWith('vscode-languageserver/')) return 'the LSP server: the service has no connection';
  if (s.startsWith('.') && !(i.target && (isInside(i.target, SERVICE) || (isInside(i.target, 'schemas') && i.target.endsWith('.json'))))) {
    return `a file outside the service (${i.target ?? 'unresolved'}): only the service's own modules and the JSON schemas`;
  }
  return undefined;
}

test('Architecture Invariant: the service imports no LSP server, no VS Code, no node builtin, nothing outside itself but schemas', () => {
  const files = sourceFiles(SERVICE);
  assert.ok(files.length > 50, `the service has ${files.length} files`);
  const violations = files.flatMap(importsOf).flatMap((i) => {
    const why = forbiddenInService(i);
    return why ? [`${describeImport(i)}: ${why}`] : [];
  });
  assert.deepEqual(violations, []);
});

test('the service check names each kind of forbidden import', () => {
  const at = (specifier: string, target?: string): SourceImport => ({ from: `${SERVICE}/x.ts`, specifier, target, line: 1 });
  assert.match(forbiddenInService(at('node:fs'))!, /node builtin/);
  assert.match(forbiddenInService(at('path'))!, /node builtin/);
  assert.match(forbiddenInService(at('fs/promises'))!, /node builtin/);
  assert.match(forbiddenInService(at('vscode'))!, /VS Code/);
  assert.match(forbiddenInService(at('vscode-languageserver/node'))!, /LSP server/);
  assert.match(forbiddenInService(at('../common/protocol', 'server/src/common/protocol.ts'))!, /outside the service/);
  assert.equal(forbiddenInService(at('vscode-languageserver-types')), undefined);
  assert.equal(forbiddenInService(at('../../../../schemas/ladder.schema.json', 'schemas/ladder.schema.json')), undefined);
  assert.equal(forbiddenInService(at('./rules', `${SERVICE}/rules/index.ts`)), undefined);
});
