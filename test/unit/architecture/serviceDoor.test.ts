import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeImport, importsOf, isInside, sourceFiles, type SourceImport } from './sourceImports';

const SERVICE = 'server/src/service';
/** The service's public API: what code outside it may import. */
const DOOR = `${SERVICE}/index.ts`;
/** Product code and tools outside the service; tests may reach internals, they test them. */
const OUTSIDE = ['server/src/cli', 'server/src/common', 'server/src/node', 'server/src/browser', 'client/src', 'bench', 'scripts'];
/**
 * The deep imports allowed: the protocol module names the command the service sends and the shape
 * of the ladder tree it builds, and the client bundles that module, so it may import only files
 * that import nothing (clientImports.test.ts), never the door.
 */
const PROTOCOL_LEAVES = new Set([`server/src/common/protocol.ts -> ${SERVICE}/clientCommands.ts`, `server/src/common/protocol.ts -> ${SERVICE}/ladderTree/ladderTreeModel.ts`]);

/** Why an import from outside the service is not allowed, or undefined when it is. */
function deepImport(i: SourceImport): string | undefined {
  if (!i.target || !isInside(i.target, SERVICE) || i.target === DOOR) return undefined;
  if (PROTOCOL_LEAVES.has(`${i.from} -> ${i.target}`)) return undefined;
  return `a deep path into the service (${i.target}): import it from ${DOOR}, re-exporting it there if it is not yet`;
}

test('Architecture Invariant: code outside the service imports it only through service/index.ts', () => {
  const files = OUTSIDE.flatMap((folder) => sourceFiles(folder));
  assert.ok(files.length > 60, `${files.length} files outside the service`);
  const violations = files.flatMap(importsOf).flatMap((i) => {
    const why = deepImport(i);
    return why ? [`${describeImport(i)}: ${why}`] : [];
  });
  assert.deepEqual(violations, []);
});

test('the door check tells a deep import from the door, the protocol\'s command ids and other folders', () => {
  const at = (from: string, target: string): SourceImport => ({ from, specifier: '../x', target, line: 3 });
  assert.match(deepImport(at('server/src/cli/fix/runFix.ts', `${SERVICE}/parse/parseMarkdown.ts`))!, /deep path into the service \(server\/src\/service\/parse\/parseMarkdown\.ts\)/);
  assert.match(deepImport(at('server/src/common/guard.ts', `${SERVICE}/clientCommands.ts`))!, /deep path/);
  assert.equal(deepImport(at('server/src/cli/fix/runFix.ts', DOOR)), undefined);
  assert.equal(deepImport(at('server/src/common/protocol.ts', `${SERVICE}/clientCommands.ts`)), undefined);
  assert.match(deepImport(at('server/src/common/protocol.ts', `${SERVICE}/ladderTree/buildLadderTree.ts`))!, /deep path/);
  assert.equal(deepImport(at('server/src/cli/fix/runFix.ts', 'server/src/cli/cliArgs.ts')), undefined);
});
