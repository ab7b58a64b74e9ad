import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKEND_URI, CANCELLED, CAREER_URI, MANAGEMENT_URI, featureWorkspace, range } from './featureWorkspace';

test('site-path links resolve to the workspace file with the fragment; pages outside the workspace are skipped', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getDocumentLinks(open(MANAGEMENT_URI)), [
    { range: range(12, 47, 12, 113), target: `${BACKEND_URI}#staff-backend-engineer` },
    { range: range(13, 46, 13, 102), target: `${BACKEND_URI}#requirements` },
    { range: range(17, 41, 17, 97), target: `${BACKEND_URI}#requirements` },
  ]);
});

test('relative links resolve against the page folder', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getDocumentLinks(open(CAREER_URI)), [
    { range: range(5, 70, 5, 145), target: `${BACKEND_URI}#senior-backend-engineer` },
  ]);
});

test('a link without a fragment targets the file alone; a cancelled request gets nothing', async () => {
  const { features, service, open } = featureWorkspace();
  const doc = service.getDocument(`${MANAGEMENT_URI}.x.md`, 'See [the family](/job-families/engineering/backend-engineer/) or [#](/job-families/engineering/backend-engineer/#).\n', 1);
  assert.deepEqual(await features.getDocumentLinks(doc), [
    { range: range(0, 17, 0, 60), target: BACKEND_URI },
    { range: range(0, 69, 0, 113), target: BACKEND_URI },
  ]);
  assert.deepEqual(await features.getDocumentLinks(open(MANAGEMENT_URI), CANCELLED), []);
});
