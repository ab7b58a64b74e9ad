import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOW_REFERENCES_COMMAND } from '../../../server/src/service/features/languageFeatures';
import { BACKEND_URI, CANCELLED, MANAGEMENT_URI, featureWorkspace, range } from './featureWorkspace';

test('a lens over each role: grade, level, track, equivalent and how many roles extend it, with their links', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getCodeLenses(open(BACKEND_URI)), [
    {
      range: range(7, 0, 7, 19),
      command: {
        title: 'grade 6 · Intermediate · Individual contributor · extended by 2',
        command: SHOW_REFERENCES_COMMAND,
        arguments: [
          BACKEND_URI,
          { line: 7, character: 0 },
          [
            { uri: BACKEND_URI, range: range(31, 22, 31, 59) },
            { uri: BACKEND_URI, range: range(36, 22, 36, 55) },
            { uri: MANAGEMENT_URI, range: range(17, 22, 17, 98) },
          ],
        ],
      },
    },
    {
      range: range(23, 0, 23, 26),
      command: {
        title: 'grade 7 · Senior · Individual contributor · extended by 1',
        command: SHOW_REFERENCES_COMMAND,
        arguments: [BACKEND_URI, { line: 23, character: 0 }, [{ uri: BACKEND_URI, range: range(47, 22, 47, 68) }]],
      },
    },
    {
      range: range(39, 0, 39, 25),
      command: {
        title: 'grade 8 · Staff · Individual contributor · equivalent: Manager, Management · extended by 1',
        command: SHOW_REFERENCES_COMMAND,
        arguments: [BACKEND_URI, { line: 39, character: 0 }, [{ uri: MANAGEMENT_URI, range: range(12, 22, 12, 114) }]],
      },
    },
  ]);
});

test('a role nobody extends gets its lens as text with no command; a role without a grade leaves it out', async () => {
  const { features, open, service } = featureWorkspace();
  const lenses = await features.getCodeLenses(open(MANAGEMENT_URI));
  assert.deepEqual(lenses.map((l) => l.command), [{ title: 'grade 8 · Manager · Management · equivalent: Staff, Individual contributor', command: '' }]);
  const lead = service.getDocument(`${BACKEND_URI}.lead.md`, '## Levels\n\n### Team Lead\n\n- Leads.\n', 1);
  assert.deepEqual((await features.getCodeLenses(lead)).map((l) => l.command), [{ title: 'Team Lead · Individual contributor', command: '' }]);
});

test('a cancelled request gets no lenses', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getCodeLenses(open(BACKEND_URI), CANCELLED), []);
});
