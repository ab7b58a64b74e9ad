import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKEND_PAGE, BACKEND_URI, CANCELLED, CAREER_PAGE, CAREER_URI, MANAGEMENT_PAGE, MANAGEMENT_URI, featureWorkspace, positionOf, range } from './featureWorkspace';

const REQUIREMENTS_LINKS = [
  { uri: BACKEND_URI, range: range(36, 22, 36, 55) },
  { uri: MANAGEMENT_URI, range: range(13, 26, 13, 103) },
  { uri: MANAGEMENT_URI, range: range(17, 22, 17, 98) },
];

test('from a heading: every link and extends claim landing on it, workspace-wide', async () => {
  const { features, open } = featureWorkspace();
  const position = positionOf(BACKEND_PAGE, '### Requirements', 6);
  assert.deepEqual(await features.getReferences(open(BACKEND_URI), position, false), REQUIREMENTS_LINKS);
  assert.deepEqual(await features.getReferences(open(BACKEND_URI), position, true), [
    { uri: BACKEND_URI, range: range(18, 0, 18, 16) },
    ...REQUIREMENTS_LINKS,
  ]);
});

test('from a link in another page: the same references as from the heading', async () => {
  const { features, open } = featureWorkspace();
  const position = positionOf(MANAGEMENT_PAGE, '[Backend Engineer](/job', 3);
  assert.deepEqual(await features.getReferences(open(MANAGEMENT_URI), position, false), REQUIREMENTS_LINKS);
});

test('from an HTML anchor: the links into it', async () => {
  const { features, open } = featureWorkspace();
  const position = positionOf(CAREER_PAGE, 'staff-level', 3);
  assert.deepEqual(await features.getReferences(open(CAREER_URI), position, true), [
    { uri: CAREER_URI, range: range(2, 9, 2, 20) },
    { uri: BACKEND_URI, range: range(48, 32, 48, 94) },
  ]);
});

test('references follow unsaved edits of the open page', async () => {
  const { features, service } = featureWorkspace();
  const edited = BACKEND_PAGE.replace('- Mentor other engineers.', '- Mentor other engineers, as the [Backend Engineer](#requirements) does.');
  const doc = service.getDocument(BACKEND_URI, edited, 2);
  const found = await features.getReferences(doc, positionOf(edited, '### Requirements', 6), false);
  assert.deepEqual(found, [
    { uri: BACKEND_URI, range: range(36, 22, 36, 55) },
    { uri: BACKEND_URI, range: range(37, 33, 37, 66) },
    REQUIREMENTS_LINKS[1],
    REQUIREMENTS_LINKS[2],
  ]);
});

test('a heading nobody links to has only its declaration; prose has nothing; cancelled gives nothing', async () => {
  const { features, open } = featureWorkspace();
  const doc = open(BACKEND_URI);
  assert.deepEqual(await features.getReferences(doc, positionOf(BACKEND_PAGE, '## Hiring Process', 4), true), [
    { uri: BACKEND_URI, range: range(54, 0, 54, 17) },
  ]);
  assert.deepEqual(await features.getReferences(doc, positionOf(BACKEND_PAGE, 'Rails', 1), true), []);
  assert.deepEqual(await features.getReferences(doc, positionOf(BACKEND_PAGE, '### Requirements', 6), true, CANCELLED), []);
});
