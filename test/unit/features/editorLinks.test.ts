import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { BACKEND_PAGE, BACKEND_URI, CAREER_URI, defaultFiles, featureWorkspace, positionOf, range, withCursor, type FeatureWorkspace } from './featureWorkspace';

/** The features as VS Code's client starts them: its own markdown features answer in-page and relative `.md` links. */
const inVsCode = (files = defaultFiles()): FeatureWorkspace => featureWorkspace(files, { editorResolvesLinks: () => true });

async function labelsAt(ws: FeatureWorkspace, replacement: string): Promise<string[]> {
  const { text, position } = withCursor(BACKEND_PAGE.replace('- Mentor other engineers.', () => replacement));
  return (await ws.features.getCompletions(ws.service.getDocument(BACKEND_URI, text, 2), position)).map((i) => String(i.label));
}

test("with VS Code's markdown features, in-page and relative '.md' ids are left to them; site paths are still completed", async () => {
  const ws = inVsCode();
  assert.deepEqual(await labelsAt(ws, '- See [x](#re$$CURSOR$$'), []);
  assert.deepEqual(await labelsAt(ws, '- See [x](./index.html.md#$$CURSOR$$'), []);
  // Without them, the same relative link is completed.
  assert.equal((await labelsAt(featureWorkspace(), '- See [x](./index.html.md#$$CURSOR$$')).length, 13);
  assert.deepEqual(await labelsAt(ws, '- See [x](/handbook/engineering/career-development/#$$CURSOR$$'), ['Career Development', 'Staff engineers', 'staff-level']);
});

test('under another slug profile the editor would offer wrong ids, so Role Docs completes in-page ids itself', async () => {
  const ws = inVsCode();
  ws.service.setConfig({ ...defaultConfig(), slugProfile: 'kramdown' });
  const labels = await labelsAt(ws, '- See [x](#re$$CURSOR$$');
  assert.deepEqual(labels.slice(0, 4), ['Backend Engineer', 'Job Grade', 'Responsibilities', 'Requirements']);
});

test("with VS Code's markdown features, go to definition answers site paths only", async () => {
  const ws = inVsCode();
  assert.deepEqual(await ws.features.getDefinition(ws.open(BACKEND_URI), positionOf(BACKEND_PAGE, '](#requirements)', 5)), []);
  assert.equal((await featureWorkspace().features.getDefinition(ws.open(BACKEND_URI), positionOf(BACKEND_PAGE, '](#requirements)', 5))).length, 1);
  const page = 'See [the requirements](/job-families/engineering/backend-engineer/#requirements).\n';
  const doc = ws.service.getDocument(`${CAREER_URI}.x.md`, page, 1);
  assert.deepEqual(await ws.features.getDefinition(doc, { line: 0, character: 30 }), [{ uri: BACKEND_URI, range: range(18, 0, 18, 16) }]);
});

test("with VS Code's markdown features, relative '.md' links are not made links twice; site paths and folder links are", async () => {
  const ws = inVsCode();
  const page =
    'See [a](../../../job-families/engineering/backend-engineer/index.html.md#requirements), [b](/job-families/engineering/backend-engineer/) and [c](../../../job-families/engineering/backend-engineer/).\n';
  const links = async (w: FeatureWorkspace) => (await w.features.getDocumentLinks(w.service.getDocument(`${CAREER_URI}.x.md`, page, 1))).map((l) => l.target);
  assert.deepEqual(await links(ws), [BACKEND_URI, BACKEND_URI]);
  assert.deepEqual(await links(featureWorkspace()), [`${BACKEND_URI}#requirements`, BACKEND_URI, BACKEND_URI]);
});
