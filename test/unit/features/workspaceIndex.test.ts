import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { createRoleDocsService } from '../../../server/src/service/index';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex/workspaceIndex';
import { BACKEND_URI, CAREER_URI, MANAGEMENT_URI, ROOT, defaultFiles, featureWorkspace, range } from './featureWorkspace';

/** An in-memory workspace that counts how often the index reads it. */
class CountingWorkspace extends InMemoryWorkspace {
  scans = 0;
  reads = 0;
  override async findMarkdownFiles(): Promise<string[]> {
    this.scans++;
    return super.findMarkdownFiles();
  }
  override async readText(uri: string): Promise<string | undefined> {
    this.reads++;
    if (uri.endsWith('unreadable.md')) throw new Error('permission denied');
    return super.readText(uri);
  }
}

function countingIndex(files = defaultFiles()) {
  const workspace = new CountingWorkspace([ROOT], { ...files });
  const service = createRoleDocsService({ workspace, config: defaultConfig() });
  return { workspace, service, index: new WorkspaceIndex(service) };
}

test('the index scans the workspace once, on first use', async () => {
  const { workspace, index } = countingIndex();
  assert.equal(workspace.scans, 0);
  assert.deepEqual(await index.pagesLinkingInto(BACKEND_URI), [CAREER_URI, MANAGEMENT_URI]);
  assert.deepEqual(await index.pagesLinkingInto(CAREER_URI), [BACKEND_URI]);
  assert.equal(workspace.scans, 1);
  assert.equal(workspace.reads, 3);
});

test('incoming links to an id, from the page itself and from site-path links, with extends claims marked', async () => {
  const { index } = featureWorkspace();
  const incoming = await index.incomingLinks(BACKEND_URI, 'requirements');
  assert.deepEqual(
    incoming.map(({ sourceUri, link }) => ({ sourceUri, range: link.range, fragmentRange: link.fragmentRange, extendsRole: link.extendsRole })),
    [
      { sourceUri: BACKEND_URI, range: range(36, 22, 36, 55), fragmentRange: range(36, 42, 36, 54), extendsRole: 1 },
      { sourceUri: MANAGEMENT_URI, range: range(13, 26, 13, 103), fragmentRange: range(13, 90, 13, 102), extendsRole: undefined },
      { sourceUri: MANAGEMENT_URI, range: range(17, 22, 17, 98), fragmentRange: range(17, 85, 17, 97), extendsRole: 0 },
    ],
  );
  assert.deepEqual(await index.incomingLinks(BACKEND_URI, 'no-such-id'), []);
});

test('summaries keep the page shape, not its text', async () => {
  const { index } = featureWorkspace();
  const page = await index.page(MANAGEMENT_URI);
  assert.ok(page);
  assert.deepEqual(page.roles, [
    {
      title: 'Manager, Backend Engineering',
      headingIndex: 0,
      range: range(4, 0, 19, 0),
      levelTitle: 'Manager',
      grade: 8,
      nameRange: range(4, 3, 4, 31),
      levelId: 'manager',
      statedGrade: 8,
      statedCode: undefined,
      ladderGrade: 8,
      confident: true,
      onRolePage: true,
      gradeProblem: undefined,
    },
  ]);
  assert.deepEqual(
    page.headings.map((h) => h.id),
    ['manager-backend-engineering', 'job-grade', 'responsibilities', 'requirements'],
  );
  assert.deepEqual(page.extendsClaims, [
    { role: 0, roleText: 'Staff Backend Engineer', link: 1 },
    { role: 0, roleText: 'Backend Engineer', link: 3 },
  ]);
  assert.equal(JSON.stringify(page).includes('Hire and grow'), false);
  assert.deepEqual(await index.anchorsOf(CAREER_URI), ['career-development', 'staff-engineers', 'staff-level']);
});

test('an edited page updates its own links without rescanning', async () => {
  const { workspace, service, index } = countingIndex();
  await index.ready();
  const edited = service.getDocument(MANAGEMENT_URI, '## Manager, Backend Engineering\n\nNo links any more.\n', 2);
  index.update(edited);
  assert.deepEqual(await index.pagesLinkingInto(BACKEND_URI), [CAREER_URI]);
  assert.deepEqual(await index.incomingLinks(BACKEND_URI, 'staff-backend-engineer'), []);
  assert.equal(workspace.scans, 1);
  assert.equal(workspace.reads, 3);
});

test('a changed open page is summarised when the index is next asked, not on every keystroke', async () => {
  const { service, index } = countingIndex();
  await index.ready();
  // The index labels each page it summarises with its display path: count those.
  const summarised: string[] = [];
  const displayPath = service.displayPath;
  service.displayPath = (uri) => (summarised.push(uri), displayPath(uri));
  for (let version = 2; version <= 4; version++) {
    index.changed(service.getDocument(MANAGEMENT_URI, `## Manager, Backend Engineering\n\nNo links, version ${version}.\n`, version));
  }
  // Who links into the edited page does not depend on its text: it stays waiting.
  assert.deepEqual(await index.pagesLinkingInto(MANAGEMENT_URI), []);
  assert.deepEqual(summarised, []);
  // Any other question summarises the latest version, once.
  assert.deepEqual(await index.pagesLinkingInto(BACKEND_URI), [CAREER_URI]);
  assert.deepEqual(summarised, [MANAGEMENT_URI]);
  assert.equal((await index.page(MANAGEMENT_URI))?.version, 4);
  assert.deepEqual(summarised, [MANAGEMENT_URI]);
});

test('created and deleted files are picked up one by one, and links re-resolve', async () => {
  const { workspace, index } = countingIndex();
  const newUri = `${ROOT}/job-families/engineering/site-reliability-engineer/index.html.md`;
  const linking = `${ROOT}/handbook/engineering/sre-links.md`;
  workspace.files.set(linking, '# SRE\n\nSee [SREs](/job-families/engineering/site-reliability-engineer/#job-grade).\n');
  await index.fileChanged(linking);
  assert.deepEqual(await index.pagesLinkingInto(newUri), []);

  workspace.files.set(newUri, '## Site Reliability Engineer\n\n### Job Grade\n\nThe Site Reliability Engineer is a [grade 6](/x).\n');
  await index.fileChanged(newUri);
  assert.deepEqual(await index.pagesLinkingInto(newUri), [linking]);
  assert.deepEqual((await index.allRoles()).map((r) => r.role.title).filter((t) => t.startsWith('Site')), ['Site Reliability Engineer']);

  workspace.files.delete(newUri);
  await index.fileChanged(newUri);
  assert.equal(await index.page(newUri), undefined);
  assert.deepEqual(await index.pagesLinkingInto(newUri), []);
  assert.equal(workspace.scans, 1);
  const reads = workspace.reads;
  await index.fileChanged(`${ROOT}/.role-docs.json`);
  assert.equal(workspace.reads, reads);
});

test('roles of every page, for workspace symbols', async () => {
  const { index } = featureWorkspace();
  assert.deepEqual(
    (await index.allRoles()).map(({ uri, role }) => [uri === BACKEND_URI ? 'backend' : 'management', role.title, role.levelTitle, role.grade]),
    [
      ['backend', 'Backend Engineer', 'Intermediate', 6],
      ['backend', 'Senior Backend Engineer', 'Senior', 7],
      ['backend', 'Staff Backend Engineer', 'Staff', 8],
      ['management', 'Manager, Backend Engineering', 'Manager', 8],
    ],
  );
});

test('a config change rescans with the new slug profile', async () => {
  const { workspace, service, index } = countingIndex({ [`${ROOT}/a.md`]: '# Tips -- and tricks\n' });
  assert.deepEqual(await index.anchorsOf(`${ROOT}/a.md`), ['tips----and-tricks']);
  const kramdown = defaultConfig();
  kramdown.slugProfile = 'kramdown';
  service.setConfig(kramdown);
  assert.deepEqual(await index.anchorsOf(`${ROOT}/a.md`), ['tips--and-tricks']);
  assert.equal(workspace.scans, 2);
});

test('unreadable and odd files do not stop the scan', async () => {
  const { index } = countingIndex({
    [`${ROOT}/unreadable.md`]: 'never read',
    [`${ROOT}/binary.md`]: '\u0000\u0001\uFFFD[[[(((#\n#\n\u0000',
    [`${ROOT}/ok.md`]: '# Fine\n',
  });
  assert.deepEqual(await index.anchorsOf(`${ROOT}/ok.md`), ['fine']);
  assert.equal(await index.page(`${ROOT}/unreadable.md`), undefined);
  assert.ok(await index.page(`${ROOT}/binary.md`));
});

test('getDependentPages lists the pages that link into a page', async () => {
  const { features } = featureWorkspace();
  assert.deepEqual(await features.getDependentPages(BACKEND_URI), [CAREER_URI, MANAGEMENT_URI]);
  assert.deepEqual(await features.getDependentPages(MANAGEMENT_URI), []);
});

test('the index parses closed pages with the service parse limits, as the checker does', async () => {
  const page = `## Small\n\nText.\n\n## Large\n${'*word* '.repeat(40)}\n\n## After\n\nText.\n`;
  const workspace = new InMemoryWorkspace([ROOT], { [`${ROOT}/limits.md`]: page });
  const limits = { maxBlockChars: 100, budgetMs: Number.POSITIVE_INFINITY };
  const service = createRoleDocsService({ workspace, config: defaultConfig(), parseLimits: limits });
  const index = new WorkspaceIndex(service);
  // The block under "Large" is over the cap, so neither the checker nor the index sees its heading.
  assert.deepEqual(await index.anchorsOf(`${ROOT}/limits.md`), ['small', 'after']);
  const checked = service.getDocument(`${ROOT}/limits.md`, page, -1);
  assert.deepEqual(checked.headings.map((h) => h.id), ['small', 'after']);
});
