import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { BACKEND_PAGE, BACKEND_URI, CANCELLED, GRADE_LINK, MANAGEMENT_PAGE, MANAGEMENT_URI, featureWorkspace, range, withCursor } from './featureWorkspace';

/** Completions with the cursor where `$$CURSOR$$` stands after replacing `find` in `page`. */
async function complete(page: string, find: string, replacement: string, uri = BACKEND_URI): Promise<CompletionItem[]> {
  const { service, features } = featureWorkspace();
  const { text, position } = withCursor(page.replace(find, () => replacement));
  return features.getCompletions(service.getDocument(uri, text, 2), position);
}

test("after '](#' the page's ids, labelled by heading text, replacing the typed part", async () => {
  const items = await complete(BACKEND_PAGE, '- Mentor other engineers.', '- Mentor others, see [x](#re$$CURSOR$$');
  assert.equal(items.length, 13);
  assert.deepEqual(items[3], {
    label: 'Requirements',
    kind: CompletionItemKind.Reference,
    detail: 'requirements',
    sortText: '0003',
    filterText: 'requirements',
    textEdit: { range: range(37, 26, 37, 28), newText: 'requirements' },
  });
  assert.deepEqual(
    items.map((i) => `${i.label}=${i.detail}`),
    [
      'Backend Engineer=backend-engineer',
      'Job Grade=job-grade',
      'Responsibilities=responsibilities',
      'Requirements=requirements',
      'Senior Backend Engineer=senior-backend-engineer',
      'Job Grade=job-grade-1',
      'Responsibilities=responsibilities-1',
      'Requirements=requirements-1',
      'Staff Backend Engineer=staff-backend-engineer',
      'Job Grade=job-grade-2',
      'Responsibilities=responsibilities-2',
      'Performance Indicators=performance-indicators',
      'Hiring Process=hiring-process',
    ],
  );
});

test("after a site path's '#' the ids of that page, HTML anchors by id", async () => {
  const items = await complete(BACKEND_PAGE, '- Mentor other engineers.', '- See [x](/handbook/engineering/career-development/#$$CURSOR$$');
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.textEdit]),
    [
      ['Career Development', 'career-development', { range: range(37, 52, 37, 52), newText: 'career-development' }],
      ['Staff engineers', 'staff-engineers', { range: range(37, 52, 37, 52), newText: 'staff-engineers' }],
      ['staff-level', 'staff-level', { range: range(37, 52, 37, 52), newText: 'staff-level' }],
    ],
  );
  assert.deepEqual(await complete(BACKEND_PAGE, '- Mentor other engineers.', '- See [x](/job-families/nowhere/#$$CURSOR$$'), []);
});

test("after 'grade ' the ladder's grades with the titles at each", async () => {
  const items = await complete(BACKEND_PAGE, '- Mentor other engineers.', '- The Senior Backend Engineer is a grade 1$$CURSOR$$');
  assert.deepEqual(
    items.map((i) => [i.label, i.detail]),
    [
      ['4', 'Intern'],
      ['5', 'Junior, Associate'],
      ['6', 'Intermediate'],
      ['7', 'Senior'],
      ['8', 'Manager · Staff'],
      ['9', 'Senior Manager, Group Manager · Principal'],
      ['10', 'Director · Distinguished'],
      ['11', 'Senior Director · Senior Distinguished'],
      ['12', 'VP · Fellow'],
      ['14', 'EVP / CXO'],
      ['15', 'CEO'],
    ],
  );
  assert.deepEqual(items[6].textEdit, { range: range(37, 41, 37, 42), newText: '10' });
  assert.equal(items[6].kind, CompletionItemKind.Value);
  assert.equal(
    items[6].documentation,
    'Director: Owns a department or major area, sets its strategy and leads its managers.\n\nDistinguished: A company-wide authority in a field, the individual-contributor counterpart of a Director.',
  );
});

test('a heading typed inside a role offers the sections it still lacks', async () => {
  const items = await complete(BACKEND_PAGE, '## Performance Indicators', '### $$CURSOR$$\n\n## Performance Indicators');
  assert.deepEqual(items, [
    {
      label: 'Requirements',
      kind: CompletionItemKind.Module,
      detail: 'Section Staff Backend Engineer lacks',
      sortText: '0000',
      textEdit: { range: range(50, 4, 50, 4), newText: 'Requirements' },
    },
  ]);
  const unspaced = await complete(BACKEND_PAGE, '## Performance Indicators', '###$$CURSOR$$\n\n## Performance Indicators');
  assert.deepEqual(unspaced[0].textEdit, { range: range(50, 3, 50, 3), newText: ' Requirements' });
});

test('sections keep the role’s prefix convention', async () => {
  const page = '## Staff Analyst\n\n### Staff Analyst Job Grade\n\nThe Staff Analyst is a [grade 8](/x).\n\n### Staff Analyst Responsibilities\n\n- Analyse.\n\n';
  const items = await complete(page, 'Analyse.\n', 'Analyse.\n\n#### $$CURSOR$$');
  assert.deepEqual(items.map((i) => i.label), ['Staff Analyst Requirements']);
});

test('a role-level heading offers the levels the page lacks, named for its family', async () => {
  const items = await complete(BACKEND_PAGE, '## Performance Indicators', '## $$CURSOR$$\n\n## Performance Indicators');
  const levels = items.filter((i) => i.kind === CompletionItemKind.Class);
  assert.deepEqual(
    levels.map((i) => `${i.label} | ${i.detail}`),
    [
      'Intern Backend Engineer | grade 4 · Individual contributor',
      'Junior Backend Engineer | grade 5 · Individual contributor',
      'Associate Backend Engineer | grade 5 · Individual contributor',
      'Principal Backend Engineer | grade 9 · Individual contributor',
      'Distinguished Backend Engineer | grade 10 · Individual contributor',
      'Senior Distinguished Backend Engineer | grade 11 · Individual contributor',
      'Fellow Backend Engineer | grade 12 · Individual contributor',
      'Manager | grade 8 · Management',
      'Senior Manager | grade 9 · Management',
      'Group Manager | grade 9 · Management',
      'Director | grade 10 · Management',
      'Senior Director | grade 11 · Management',
      'VP | grade 12 · Management',
      'EVP / CXO | grade 14 · Management',
      'CEO | grade 15 · Management',
    ],
  );
  assert.deepEqual(levels[3].textEdit, { range: range(50, 3, 50, 3), newText: 'Principal Backend Engineer' });
});

test('the next-level snippet writes the level above the role before the cursor', async () => {
  const items = await complete(BACKEND_PAGE, '## Performance Indicators', '## $$CURSOR$$\n\n## Performance Indicators');
  assert.deepEqual(items[0], {
    label: 'Next level: Principal Backend Engineer',
    kind: CompletionItemKind.Snippet,
    detail: 'grade 9 · Individual contributor',
    sortText: '0000',
    filterText: '## Principal Backend Engineer',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: {
      range: range(50, 0, 50, 3),
      newText: [
        '## Principal Backend Engineer',
        '',
        '### Job Grade',
        '',
        `The Principal Backend Engineer is a [grade 9](${GRADE_LINK}).`,
        '',
        '### Responsibilities',
        '',
        '- Extends that of the [Staff Backend Engineer](#responsibilities-2) responsibilities.',
        '- ${1}',
        '',
        '### Requirements',
        '',
        '- Extends that of the [Staff Backend Engineer](#staff-backend-engineer) requirements.',
        '- ${2}',
        '',
      ].join('\n'),
    },
  });
});

test('the next level of a manager keeps the function and links the requirements id', async () => {
  const items = await complete(MANAGEMENT_PAGE, '- Ability to use GitLab.\n', '- Ability to use GitLab.\n\n$$CURSOR$$', MANAGEMENT_URI);
  assert.equal(items.length, 1);
  assert.equal(items[0].label, 'Next level: Senior Manager, Backend Engineering');
  assert.equal(items[0].textEdit?.newText.split('\n').slice(13).join('\n'), [
    '- Extends that of the [Manager, Backend Engineering](#requirements) requirements.',
    '- ${2}',
    '',
  ].join('\n'));
  assert.deepEqual((items[0].textEdit as TextEdit | undefined)?.range, range(20, 0, 20, 0));
});

test('no completions in prose, or when cancelled', async () => {
  assert.deepEqual(await complete(BACKEND_PAGE, 'Rails monolith', 'Rails mono$$CURSOR$$lith'), []);
  const { service, features } = featureWorkspace();
  const { text, position } = withCursor(BACKEND_PAGE.replace('- Mentor other engineers.', () => '- [x](#$$CURSOR$$'));
  assert.deepEqual(await features.getCompletions(service.getDocument(BACKEND_URI, text, 2), position, CANCELLED), []);
});
