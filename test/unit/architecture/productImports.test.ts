import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeImport, importsOf, isInside, sourceFiles } from './sourceImports';

test('Architecture Invariant: nothing in server/src or client/src imports from test/ or bench/', () => {
  const files = [...sourceFiles('server/src'), ...sourceFiles('client/src')];
  const violations = files
    .flatMap(importsOf)
    .filter((i) => i.target && (isInside(i.target, 'test') || isInside(i.target, 'bench')))
    .map(describeImport);
  assert.deepEqual(violations, []);
});
