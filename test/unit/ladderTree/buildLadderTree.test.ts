import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import type { RoleDocsConfig } from '../../../server/src/service/config/configTypes';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex/workspaceIndex';
import { buildLadderTree } from '../../../server/src/service/ladderTree/buildLadderTree';
import type { LadderTree, LadderTreeLevel } from '../../../server/src/service/ladderTree/ladderTreeModel';
import { loadExample } from '../examples/exampleEngine';
import { GRADE_LINK, ROOT } from '../features/featureWorkspace';

/** The tree of a folder holding these files, as the server builds it from the workspace index. */
async function treeOf(config: RoleDocsConfig, root: string, files: Record<string, string>): Promise<LadderTree> {
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([root], files), config });
  const roles = await new WorkspaceIndex(service).allRoles();
  return buildLadderTree({ ladder: config.ladder, source: 'ladder.json', roles, displayPath: service.displayPath });
}

async function exampleTree(name: string, page: string): Promise<LadderTree> {
  const example = await loadExample(name, page);
  return treeOf(example.config, example.rootUri, { [`${example.rootUri}/${page}`]: example.text });
}

const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

/** A level no page gives. */
const uncovered = (id: string, title: string, extra: Partial<LadderTreeLevel> = {}): LadderTreeLevel => ({ id, title, ...extra, equivalents: [], roles: [], covered: false });

test('level table example: the levels the table\'s columns give hold their column, with the code as the page writes it; L1 and L5 are uncovered', async () => {
  const uri = 'file:///examples/level-table/product-design.md';
  const role = (title: string, start: number, end: number, code: string) => ({ title, uri, path: 'product-design.md', range: at(9, start, end), statedCode: code });
  assert.deepEqual(await exampleTree('level-table', 'product-design.md'), {
    ladderName: 'Design levels',
    source: 'ladder.json',
    hasGrades: false,
    hasCodes: true,
    tracks: [
      {
        id: 'ic',
        title: 'Individual contributor',
        levels: [
          uncovered('l1', 'Associate Designer', { code: 'L1' }),
          { id: 'l2', title: 'Designer', code: 'L2', equivalents: [], roles: [role('Designer (L2)', 4, 17, 'L2')], covered: true },
          { id: 'l3', title: 'Senior Designer', code: 'L3', equivalents: [], roles: [role('Senior Designer (L3)', 20, 40, 'L3')], covered: true },
          { id: 'l4', title: 'Lead Designer', code: 'L4', equivalents: [], roles: [role('Lead Designer (L4)', 43, 61, 'L4')], covered: true },
          uncovered('l5', 'Principal Designer', { code: 'L5' }),
        ],
      },
    ],
    roleCount: 3,
  });
});

test('level codes example: ## IC2 … ## IC5 fill four IC levels; IC1, IC6 and the whole management track are uncovered', async () => {
  const tree = await exampleTree('level-codes', 'engineering-framework.md');
  const uri = 'file:///examples/level-codes/engineering-framework.md';
  const covered = (id: string, title: string, code: string, line: number): LadderTreeLevel => ({
    id,
    title,
    code,
    equivalents: [],
    roles: [{ title: code, uri, path: 'engineering-framework.md', range: at(line, 3, 6), statedCode: code }],
    covered: true,
  });
  assert.deepEqual(tree, {
    ladderName: 'Engineering levels',
    source: 'ladder.json',
    hasGrades: false,
    hasCodes: true,
    tracks: [
      {
        id: 'ic',
        title: 'Individual contributor',
        levels: [
          uncovered('ic1', 'Associate Engineer', { code: 'IC1' }),
          covered('ic2', 'Engineer', 'IC2', 9),
          covered('ic3', 'Senior Engineer', 'IC3', 16),
          covered('ic4', 'Staff Engineer', 'IC4', 23),
          covered('ic5', 'Principal Engineer', 'IC5', 30),
          uncovered('ic6', 'Distinguished Engineer', { code: 'IC6' }),
        ],
      },
      {
        id: 'management',
        title: 'Management',
        levels: [
          uncovered('m3', 'Engineering Manager', { code: 'M3' }),
          uncovered('m4', 'Senior Engineering Manager', { code: 'M4' }),
          uncovered('m5', 'Director of Engineering', { code: 'M5' }),
          uncovered('m6', 'VP of Engineering', { code: 'M6' }),
        ],
      },
    ],
    roleCount: 4,
  });
});

const BACKEND = `${ROOT}/job-families/engineering/backend-engineer/index.html.md`;
const PRODUCT = `${ROOT}/job-families/product/product-manager/index.html.md`;
const NOTES = `${ROOT}/handbook/engineering/notes.md`;

const gradeSentence = (title: string, grade: number) => `The ${title} is a [grade ${grade}](${GRADE_LINK}).`;

const FILES = {
  [BACKEND]: [
    '---',
    'title: Backend Engineer',
    '---',
    '',
    '## Levels',
    '',
    '### Senior Backend Engineer',
    '',
    gradeSentence('Senior Backend Engineer', 8),
    '',
    '### Staff Backend Engineer',
    '',
    gradeSentence('Staff Backend Engineer', 8),
    '',
  ].join('\n'),
  // Product Management grades its Intermediate level 7: no disagreement there.
  [PRODUCT]: ['---', 'title: Product Manager', '---', '', '## Product Manager (Intermediate)', '', gradeSentence('Product Manager (Intermediate)', 7), ''].join('\n'),
  // Not a role page: its "Senior" heading is no role of the ladder's.
  [NOTES]: '# Notes\n\n## Senior engineers we hired\n\nA list.\n',
};

test('GitLab ladder: a stated grade that disagrees is flagged in grade-mismatch\'s words; a family\'s own grade is no disagreement; other pages place nothing', async () => {
  const tree = await treeOf(defaultConfig(), ROOT, FILES);
  const ic = tree.tracks.find((t) => t.id === 'ic')!;
  const level = (id: string) => ic.levels.find((l) => l.id === id)!;
  assert.deepEqual(level('senior'), {
    id: 'senior',
    title: 'Senior',
    grade: 7,
    equivalents: [],
    roles: [
      {
        title: 'Senior Backend Engineer',
        uri: BACKEND,
        path: 'job-families/engineering/backend-engineer/index.html.md',
        range: at(6, 4, 27),
        statedGrade: 8,
        ladderGrade: 7,
        gradeProblem: "Grade 8 should be 7: Senior is grade 7 on the ladder (role 'Senior Backend Engineer', line 7).",
      },
    ],
    covered: true,
  });
  assert.deepEqual(level('staff'), {
    id: 'staff',
    title: 'Staff',
    grade: 8,
    equivalents: [{ id: 'manager', title: 'Manager', trackTitle: 'Management' }],
    roles: [{ title: 'Staff Backend Engineer', uri: BACKEND, path: 'job-families/engineering/backend-engineer/index.html.md', range: at(10, 4, 26), statedGrade: 8, ladderGrade: 8 }],
    covered: true,
  });
  assert.deepEqual(level('intermediate').roles, [
    { title: 'Product Manager (Intermediate)', uri: PRODUCT, path: 'job-families/product/product-manager/index.html.md', range: at(4, 3, 33), statedGrade: 7, ladderGrade: 7 },
  ]);
  assert.equal(tree.roleCount, 3);
  // Levels in the ladder's order with their equivalents both ways; every one but the three above uncovered.
  assert.deepEqual(
    tree.tracks.map((t) => [t.title, t.levels.map((l) => `${l.title}${l.grade === undefined ? '' : ` ${l.grade}`}${l.covered ? ' *' : ''}${l.equivalents.length ? ` = ${l.equivalents.map((e) => e.title).join(', ')}` : ''}`)]),
    [
      [
        'Individual contributor',
        ['Intern 4', 'Junior 5', 'Associate 5', 'Intermediate 6 *', 'Senior 7 *', 'Staff 8 * = Manager', 'Principal 9 = Senior Manager, Group Manager', 'Distinguished 10 = Director', 'Senior Distinguished 11 = Senior Director', 'Fellow 12 = VP', 'Team Lead'],
      ],
      [
        'Management',
        ['Manager 8 = Staff', 'Senior Manager 9 = Principal', 'Group Manager 9 = Principal', 'Director 10 = Distinguished', 'Senior Director 11 = Senior Distinguished', 'VP 12 = Fellow', 'EVP / CXO 14', 'CEO 15', 'Chief of Staff'],
      ],
    ],
  );
});

test('a role the page does not name the level of in so many words is not placed', async () => {
  // Under Levels beside "Senior Backend Engineer", a bare "Backend Engineer" is Intermediate only by the ladder's default: a guess.
  const page = '---\ntitle: Backend Engineer\n---\n\n## Levels\n\n### Backend Engineer\n\nBuilds services.\n\n### Senior Backend Engineer\n\nLeads them.\n';
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], { [BACKEND]: page }), config: defaultConfig() });
  const roles = await new WorkspaceIndex(service).allRoles();
  assert.deepEqual(roles.map(({ role }) => [role.title, role.levelId, role.confident, role.onRolePage]), [
    ['Backend Engineer', 'intermediate', false, true],
    ['Senior Backend Engineer', 'senior', true, true],
  ]);
  const tree = buildLadderTree({ ladder: service.config.ladder, source: 'default', roles, displayPath: service.displayPath });
  assert.deepEqual(
    tree.tracks.flatMap((t) => t.levels.filter((l) => l.covered).map((l) => [l.id, l.roles.map((r) => r.title)])),
    [['senior', ['Senior Backend Engineer']]],
  );
});

test('a ladder without tracks or levels gives an empty tree, not an error', async () => {
  const config = defaultConfig();
  config.ladder = { ...config.ladder, name: 'Empty', tracks: [], levels: [], families: [] };
  assert.deepEqual(await treeOf(config, ROOT, FILES), { ladderName: 'Empty', source: 'ladder.json', hasGrades: false, hasCodes: false, tracks: [], roleCount: 0 });
});
