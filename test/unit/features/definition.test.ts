import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKEND_PAGE, BACKEND_URI, CANCELLED, CAREER_PAGE, CAREER_URI, MANAGEMENT_PAGE, MANAGEMENT_URI, featureWorkspace, positionOf, range } from './featureWorkspace';

test('an in-page extends link leads to the heading its fragment names', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getDefinition(open(BACKEND_URI), positionOf(BACKEND_PAGE, '](#requirements)', 5)), [
    { uri: BACKEND_URI, range: range(18, 0, 18, 16) },
  ]);
  assert.deepEqual(await features.getDefinition(open(BACKEND_URI), positionOf(BACKEND_PAGE, '[Senior Backend Engineer](#responsibilities-1)', 1)), [
    { uri: BACKEND_URI, range: range(29, 0, 29, 20) },
  ]);
});

test('a site-path link leads to the heading on the other page', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getDefinition(open(MANAGEMENT_URI), positionOf(MANAGEMENT_PAGE, '#staff-backend-engineer', 4)), [
    { uri: BACKEND_URI, range: range(39, 0, 39, 25) },
  ]);
});

test('a relative link leads to the heading, and a link into an HTML anchor to the anchor', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getDefinition(open(CAREER_URI), positionOf(CAREER_PAGE, '../../../job-families', 3)), [
    { uri: BACKEND_URI, range: range(23, 0, 23, 26) },
  ]);
  assert.deepEqual(await features.getDefinition(open(BACKEND_URI), positionOf(BACKEND_PAGE, '[stage]', 2)), [
    { uri: CAREER_URI, range: range(2, 9, 2, 20) },
  ]);
});

test('a link whose fragment the other page lacks still leads to that page', async () => {
  const { features, service } = featureWorkspace();
  const text = 'See [the family](/job-families/engineering/backend-engineer/#principal-backend-engineer) and [it](/job-families/engineering/backend-engineer/).\n';
  const doc = service.getDocument(`${MANAGEMENT_URI}.links.md`, text, 1);
  assert.deepEqual(await features.getDefinition(doc, { line: 0, character: 8 }), [{ uri: BACKEND_URI, range: range(0, 0, 0, 0) }]);
  assert.deepEqual(await features.getDefinition(doc, { line: 0, character: 95 }), [{ uri: BACKEND_URI, range: range(0, 0, 0, 0) }]);
});

test('the subject of a grade sentence leads to its role heading', async () => {
  const { features, open, service } = featureWorkspace();
  assert.deepEqual(await features.getDefinition(open(BACKEND_URI), positionOf(BACKEND_PAGE, 'The Senior Backend Engineer is', 6)), [
    { uri: BACKEND_URI, range: range(23, 0, 23, 26) },
  ]);
  // A subject naming a level but not the exact title finds the role of that level.
  const text = '## Senior Data Analyst\n\n### Job Grade\n\nThe Senior Analyst is a [grade 7](/x).\n';
  const doc = service.getDocument(`${BACKEND_URI}.analyst.md`, text, 1);
  assert.deepEqual(await features.getDefinition(doc, { line: 4, character: 6 }), [{ uri: doc.uri, range: range(0, 0, 0, 22) }]);
});

test('no definition for broken in-page fragments, pages outside the workspace, prose, or when cancelled', async () => {
  const { features, open, service } = featureWorkspace();
  const doc = open(BACKEND_URI);
  assert.deepEqual(await features.getDefinition(doc, positionOf(BACKEND_PAGE, 'compensation-calculator', 2)), []);
  assert.deepEqual(await features.getDefinition(doc, positionOf(BACKEND_PAGE, 'Rails', 1)), []);
  assert.deepEqual(await features.getDefinition(doc, positionOf(BACKEND_PAGE, '](#requirements)', 5), CANCELLED), []);
  const broken = service.getDocument(`${BACKEND_URI}.broken.md`, '# A\n\n[b](#missing)\n', 1);
  assert.deepEqual(await features.getDefinition(broken, { line: 2, character: 6 }), []);
});
