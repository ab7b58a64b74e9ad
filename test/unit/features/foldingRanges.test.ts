import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { CAREER_URI, MANAGEMENT_URI, featureWorkspace } from './featureWorkspace';

test('front matter and each heading block fold, trailing blank lines left out', () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(features.getFoldingRanges(open(MANAGEMENT_URI)), [
    { startLine: 0, endLine: 2, kind: FoldingRangeKind.Region },
    { startLine: 4, endLine: 18 },
    { startLine: 6, endLine: 8 },
    { startLine: 10, endLine: 13 },
    { startLine: 15, endLine: 18 },
  ]);
  assert.deepEqual(features.getFoldingRanges(open(CAREER_URI)), [
    { startLine: 0, endLine: 5 },
    { startLine: 3, endLine: 5 },
  ]);
});

test('a heading with nothing under it does not fold', () => {
  const { features, service } = featureWorkspace();
  const doc = service.getDocument(`${CAREER_URI}.x.md`, '# One\n\n# Two\n\ntext\n\n\n', 1);
  assert.deepEqual(features.getFoldingRanges(doc), [{ startLine: 2, endLine: 4 }]);
});
