import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeImport, importsOf, isInside, sourceFiles } from './sourceImports';

/** The one module of names and shapes that the client and the server share. */
const PROTOCOL = 'server/src/common/protocol.ts';

test('Architecture Invariant: the client reaches the server\'s code only through server/src/common/protocol.ts', () => {
  const violations = sourceFiles('client/src')
    .flatMap(importsOf)
    .filter((i) => i.target && isInside(i.target, 'server') && i.target !== PROTOCOL)
    .map(describeImport);
  assert.deepEqual(violations, []);
});

test('Architecture Invariant: the protocol module pulls in no server code: what it imports imports nothing', () => {
  const imported = importsOf(PROTOCOL);
  const violations = imported.flatMap((i) => (i.target ? importsOf(i.target) : [i])).map(describeImport);
  assert.deepEqual(violations, []);
});
