import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { createRoleDocsService } from '../../../server/src/service/index';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex/workspaceIndex';
import type { RoleDocument } from '../../../server/src/service/document/model';
import { ROOT } from './featureWorkspace';
import { loadExample } from '../examples/exampleEngine';

const URI = `${ROOT}/job-families/engineering/summary/index.html.md`;

function summaryOf(text: string) {
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([ROOT], {}), config: defaultConfig() });
  const document = service.getDocument(URI, text, 1);
  return { document, summary: new WorkspaceIndex(service).update(document) };
}

/** Objects reachable from `root` (strings and numbers not counted; a typed array is one object). */
function countObjects(root: unknown): number {
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) return;
    for (const key of Reflect.ownKeys(value)) walk((value as Record<string | symbol, unknown>)[key]);
  };
  walk(root);
  return seen.size;
}

/** A role page with `n` roles, each with sections and links in and out of the page. */
function rolePage(n: number): string {
  const roles = Array.from({ length: n }, (_, i) =>
    [
      `## Engineer ${i}`,
      '',
      '### Responsibilities',
      '',
      `- Extends that of the [Engineer ${i}](#engineer-${i}) responsibilities.`,
      `- See [the grades](/handbook/total-rewards/compensation/#grade-${i}) and [a page](../other/).`,
      '',
      '### Requirements',
      '',
      '- Ability to use GitLab.',
      '',
    ].join('\n'),
  );
  return `# Engineers\n\n${roles.join('\n')}`;
}

test('a summary is a handful of objects however many headings and links its page has', () => {
  const small = summaryOf(rolePage(5)).summary;
  const large = summaryOf(rolePage(60)).summary;
  assert.equal(large.headingCount, 181);
  assert.equal(large.linkCount, 180);
  // Before packing, every heading, anchor, link and range was objects of its own: over 2,000 here.
  assert.ok(countObjects(large) <= 4, `${countObjects(large)} objects`);
  assert.equal(countObjects(large), countObjects(small));
});

test('extends claims keep their role and link', () => {
  const { document, summary } = summaryOf(rolePage(3));
  assertSummaryMatches(rolePage(3));
  const claims = document.roles.flatMap((r, role) => r.extendsClaims.map((c) => ({ role, roleText: c.roleText })));
  assert.equal(claims.length, 3);
  assert.deepEqual(summary.extendsClaims.map(({ role, roleText }) => ({ role, roleText })), claims);
  assert.deepEqual(
    summary.extendsClaims.map((c) => summary.link(c.link!).extendsRole),
    claims.map((c) => c.role),
  );
});

/** What the summary must give back, read straight from the page's model. */
function expectedOf(document: RoleDocument) {
  return {
    headings: document.headings.map((h) => ({ id: h.id, text: h.text, depth: h.depth, range: h.range, explicit: h.explicitId !== undefined })),
    anchors: document.anchors.map((a) => ({ id: a.id, source: a.source, range: a.range, headingIndex: a.headingIndex })),
    links: document.links
      .filter((l) => l.kind === 'fragment' || l.kind === 'site-path' || l.kind === 'relative')
      .map((l) => ({ kind: l.kind, path: l.path, fragment: l.fragment, range: l.range, fragmentRange: l.fragmentRange })),
    roles: document.roles.map((r) => ({ title: r.title, headingIndex: r.heading.index, range: r.range })),
  };
}

function assertSummaryMatches(text: string): void {
  const { document, summary } = summaryOf(text);
  const expected = expectedOf(document);
  assert.ok(expected.roles.length > 0 && expected.links.length > 0);
  assert.deepEqual(summary.headings, expected.headings);
  assert.deepEqual(summary.anchors, expected.anchors);
  assert.deepEqual(
    summary.links.map(({ kind, path, fragment, range, fragmentRange }) => ({ kind, path, fragment, range, fragmentRange })),
    expected.links,
  );
  assert.deepEqual(
    summary.roles.map(({ title, headingIndex, range }) => ({ title, headingIndex, range })),
    expected.roles,
  );
}

test('headings, anchors, links and roles come back as the model has them: ids, explicit ids, HTML anchors, odd links', () => {
  assertSummaryMatches(
    [
      '# Tips -- and Tricks',
      '',
      '## Senior Engineer {#senior}',
      '',
      '### Job Grade',
      '',
      'The Senior Engineer is a [grade 7](/handbook/total-rewards/compensation/#grades).',
      '',
      '## Requirements',
      '{: #needs .wide}',
      '',
      '## Requirements',
      '',
      '## Ünïcödé Héading, with *emphasis*',
      '',
      '<a id="html-anchor"></a>',
      '',
      '## Staff Engineer',
      '',
      '### Requirements',
      '',
      '- Extends that of the [Senior Engineer](#senior) requirements.',
      '- [empty fragment](/handbook/#) [no fragment](/handbook/) [relative](../x/#y) [external](https://example.com/#z) [here](#)',
      '',
    ].join('\n'),
  );
});

test('a page too large for 16-bit numbers keeps its ranges and names exact', () => {
  const long = 'word '.repeat(14_000);
  const text = `## Engineer\n\n### Job Grade\n\nThe Engineer is a [grade 6](/handbook/x/#grades).\n\n${long}[far](#engineer)\n\n## ${long}Title\n\n[back](#engineer)\n`;
  const { document } = summaryOf(text);
  assert.ok(document.links.some((l) => l.range.start.character > 0xffff));
  assertSummaryMatches(text);
});

test('a role keeps what the ladder tree shows: its name range, level, stated and ladder grade, and what grade-mismatch says', () => {
  const link = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';
  const { summary } = summaryOf(
    ['## Levels', '', '### Senior Summary Engineer', '', `The Senior Summary Engineer is a [grade 9](${link}).`, '', '### Staff Summary Engineer', '', 'Leads.', ''].join('\n'),
  );
  assert.deepEqual(summary.roles, [
    {
      title: 'Senior Summary Engineer',
      headingIndex: 1,
      range: { start: { line: 2, character: 0 }, end: { line: 6, character: 0 } },
      levelTitle: 'Senior',
      grade: 9,
      nameRange: { start: { line: 2, character: 4 }, end: { line: 2, character: 27 } },
      levelId: 'senior',
      statedGrade: 9,
      statedCode: undefined,
      ladderGrade: 7,
      confident: true,
      onRolePage: true,
      gradeProblem: "Grade 9 should be 7: Senior is grade 7 on the ladder (role 'Senior Summary Engineer', line 3).",
    },
    {
      title: 'Staff Summary Engineer',
      headingIndex: 2,
      range: { start: { line: 6, character: 0 }, end: { line: 9, character: 0 } },
      levelTitle: 'Staff',
      grade: 8,
      nameRange: { start: { line: 6, character: 4 }, end: { line: 6, character: 26 } },
      levelId: 'staff',
      statedGrade: undefined,
      statedCode: undefined,
      ladderGrade: 8,
      confident: true,
      onRolePage: true,
      gradeProblem: undefined,
    },
  ]);
});

test('a level code is kept as the page writes it, from the heading or from a level statement', async () => {
  const example = await loadExample('level-codes', 'engineering-framework.md');
  const uri = `${example.rootUri}/teams.md`;
  const service = createRoleDocsService({ workspace: new InMemoryWorkspace([example.rootUri], {}), config: example.config });
  const document = service.getDocument(uri, '# Teams\n\n## ic3\n\nA project.\n\n## Ic4 platform\n\nSeveral teams.\n\n## Tech lead\n\nLevel: ic5\n', 1);
  const summary = new WorkspaceIndex(service).update(document);
  assert.deepEqual(summary.roles.map((r) => [r.title, r.levelId, r.statedCode, r.confident]), [
    ['ic3', 'ic3', 'ic3', true],
    ['Ic4 platform', 'ic4', 'Ic4', true],
    ['Tech lead', 'ic5', 'ic5', true],
  ]);
});
