import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RenameRefusedError } from '../../../server/src/service/features/languageFeatures';
import { BACKEND_PAGE, BACKEND_URI, CANCELLED, CAREER_PAGE, CAREER_URI, MANAGEMENT_PAGE, MANAGEMENT_URI, featureWorkspace, positionOf, range } from './featureWorkspace';

test('prepareRename on a heading selects its text', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.prepareRename(open(BACKEND_URI), positionOf(BACKEND_PAGE, '### Requirements', 1)), {
    range: range(18, 4, 18, 16),
    placeholder: 'Requirements',
  });
});

test('prepareRename on a fragment link selects the fragment and offers the target heading text', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.prepareRename(open(BACKEND_URI), positionOf(BACKEND_PAGE, '](#requirements)', 5)), {
    range: range(36, 42, 36, 54),
    placeholder: 'Requirements',
  });
  assert.deepEqual(await features.prepareRename(open(MANAGEMENT_URI), positionOf(MANAGEMENT_PAGE, '#staff-backend-engineer', 2)), {
    range: range(12, 91, 12, 113),
    placeholder: 'Staff Backend Engineer',
  });
});

test('prepareRename on a broken fragment explains, and on prose declines', async () => {
  const { features, service, open } = featureWorkspace();
  const doc = service.getDocument(`${BACKEND_URI}.broken.md`, '# A\n\n[b](#missing)\n', 1);
  assert.deepEqual(await features.prepareRename(doc, { line: 2, character: 6 }), {
    error: "No heading or anchor in the workspace has the id '#missing'.",
  });
  assert.equal(await features.prepareRename(open(BACKEND_URI), positionOf(BACKEND_PAGE, 'Rails', 1)), undefined);
});

test('renaming a heading rewrites it and every link to it, in-page and across pages', async () => {
  const { features, open } = featureWorkspace();
  const edit = await features.getRenameEdit(open(BACKEND_URI), positionOf(BACKEND_PAGE, '### Requirements', 6), 'Qualifications');
  assert.deepEqual(edit, {
    changes: {
      [BACKEND_URI]: [
        { range: range(18, 4, 18, 16), newText: 'Qualifications' },
        { range: range(36, 42, 36, 54), newText: 'qualifications' },
      ],
      [MANAGEMENT_URI]: [
        { range: range(13, 90, 13, 102), newText: 'qualifications' },
        { range: range(17, 85, 17, 97), newText: 'qualifications' },
      ],
    },
  });
});

test('renaming the first of repeated headings renumbers the later ids and their links', async () => {
  const { features, open } = featureWorkspace();
  const edit = await features.getRenameEdit(open(BACKEND_URI), positionOf(BACKEND_PAGE, '### Responsibilities', 6), 'Duties');
  // "Responsibilities" twice more: responsibilities-1 becomes responsibilities, responsibilities-2 becomes responsibilities-1.
  assert.deepEqual(edit, {
    changes: {
      [BACKEND_URI]: [
        { range: range(13, 4, 13, 20), newText: 'Duties' },
        { range: range(31, 42, 31, 58), newText: 'duties' },
        { range: range(47, 49, 47, 67), newText: 'responsibilities' },
      ],
    },
  });
});

test('renaming from a link on another page edits the target heading and the link', async () => {
  const { features, open } = featureWorkspace();
  const position = positionOf(MANAGEMENT_PAGE, '#staff-backend-engineer', 2);
  const edit = await features.getRenameEdit(open(MANAGEMENT_URI), position, 'Staff Backend Engineer (Go)');
  assert.deepEqual(edit, {
    changes: {
      [BACKEND_URI]: [{ range: range(39, 3, 39, 25), newText: 'Staff Backend Engineer (Go)' }],
      [MANAGEMENT_URI]: [{ range: range(12, 91, 12, 113), newText: 'staff-backend-engineer-go' }],
    },
  });
});

test('renaming an HTML anchor edits its id and the links to it', async () => {
  const { features, open } = featureWorkspace();
  const doc = open(CAREER_URI);
  const position = positionOf(CAREER_PAGE, 'staff-level', 2);
  assert.deepEqual(await features.prepareRename(doc, position), { range: range(2, 9, 2, 20), placeholder: 'staff-level' });
  assert.deepEqual(await features.getRenameEdit(doc, position, 'staff-track'), {
    changes: {
      [CAREER_URI]: [{ range: range(2, 9, 2, 20), newText: 'staff-track' }],
      [BACKEND_URI]: [{ range: range(48, 82, 48, 93), newText: 'staff-track' }],
    },
  });
  await assert.rejects(features.getRenameEdit(doc, position, 'staff track'), new RenameRefusedError("'staff track' is not a valid id."));
});

test('an explicit heading id is renamed as an id, and links follow', async () => {
  const { features, service } = featureWorkspace();
  const text = '## Senior Engineer {#senior}\n\n## Staff\n\nExtends that of the [Senior Engineer](#senior) role.\n';
  const doc = service.getDocument(`${BACKEND_URI}.explicit.md`, text, 1);
  assert.deepEqual(await features.prepareRename(doc, { line: 0, character: 4 }), { range: range(0, 21, 0, 27), placeholder: 'senior' });
  assert.deepEqual(await features.getRenameEdit(doc, { line: 0, character: 4 }, 'senior-engineer'), {
    changes: {
      [doc.uri]: [
        { range: range(0, 21, 0, 27), newText: 'senior-engineer' },
        { range: range(4, 39, 4, 45), newText: 'senior-engineer' },
      ],
    },
  });
});

test('a rename whose new id another heading already has is refused', async () => {
  const { features, open } = featureWorkspace();
  const doc = open(BACKEND_URI);
  await assert.rejects(
    features.getRenameEdit(doc, positionOf(BACKEND_PAGE, '## Performance Indicators', 4), 'Hiring Process'),
    new RenameRefusedError(
      "The new heading's id '#hiring-process' is already an id on job-families/engineering/backend-engineer/index.html.md; links to either would be ambiguous.",
    ),
  );
  await assert.rejects(
    features.getRenameEdit(open(CAREER_URI), positionOf(CAREER_PAGE, 'staff-level', 2), 'career-development'),
    new RenameRefusedError("'#career-development' is already an id on handbook/engineering/career-development/index.md."),
  );
});

test('a rename that keeps the id edits only the heading; cancelled renames nothing', async () => {
  const { features, open } = featureWorkspace();
  const doc = open(BACKEND_URI);
  assert.deepEqual(await features.getRenameEdit(doc, positionOf(BACKEND_PAGE, '## Hiring Process', 4), 'Hiring process'), {
    changes: { [BACKEND_URI]: [{ range: range(54, 3, 54, 17), newText: 'Hiring process' }] },
  });
  assert.equal(await features.getRenameEdit(doc, positionOf(BACKEND_PAGE, '### Requirements', 6), 'Needs', CANCELLED), undefined);
  assert.equal(await features.prepareRename(doc, positionOf(BACKEND_PAGE, '### Requirements', 6), CANCELLED), undefined);
});
