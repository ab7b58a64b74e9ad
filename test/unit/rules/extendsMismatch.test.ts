import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, GRADE_LINK, PAGE_TAIL, PAGE_URI, rangeIn, ROOT } from './checkPage';
import { createRoleDocsService, defaultConfig } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';

const RD018 = { ruleId: 'RD018' };

/** A graded role whose sections hold the given lines, in the order given. */
function role(title: string, grade: number, sections: [string, string[]][]): string {
  const body = sections.flatMap(([heading, lines]) => [`### ${heading}`, '', ...lines.map((l) => `- ${l}`), '']);
  return [`## ${title}`, '', '### Job Grade', '', `The ${title} is a [grade ${grade}](${GRADE_LINK}).`, '', ...body].join('\n');
}

const base = fullRole('Analyst', 6) + fullRole('Senior Analyst', 7);

test('a Responsibilities section extending the requirements: one finding on the claim, naming the role', async () => {
  const text = base + role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst requirements.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]) + PAGE_TAIL;
  const [finding, ...rest] = await checkPage(text, RD018);
  assert.deepEqual(rest, []);
  assert.equal(finding.message, "Extends the requirements in Responsibilities: write 'Extends the Senior Analyst responsibilities', or move the line to Requirements (role 'Staff Analyst', line 27).");
  assert.deepEqual(finding.range, rangeIn(text, '- Extends the Senior Analyst requirements.', 'Extends the Senior Analyst requirements'));
});

test('both sections extending the other kind is one finding: the claims or the headings are swapped', async () => {
  const text = base + role('Staff Analyst', 8, [['Requirements', ['Extends the Senior Analyst responsibilities.']], ['Responsibilities', ['Extends the Senior Analyst requirements.']]]) + PAGE_TAIL;
  assert.deepEqual((await checkPage(text, RD018)).map((f) => [f.message, f.range]), [
    [
      "Extends claims swapped: Requirements extends the responsibilities and Responsibilities the requirements; swap the two claims, or the two headings if their lists are swapped too (role 'Staff Analyst', line 27).",
      rangeIn(text, 'Extends the Senior Analyst responsibilities'),
    ],
  ]);
});

test('Responsibilities and Requirements extending two levels: one finding on the later claim', async () => {
  const staff = role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst responsibilities.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]);
  const principal = role('Principal Analyst', 9, [['Responsibilities', ['Extends the Staff Analyst responsibilities.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]);
  const text = base + staff + principal + PAGE_TAIL;
  const findings = await checkPage(text, RD018);
  assert.deepEqual(findings.map((f) => f.message), [
    "Extends two levels: Principal Analyst's Responsibilities extend Staff Analyst (Staff) and its Requirements extend Senior Analyst (Senior); extend the same level in both.",
  ]);
  const at = text.lastIndexOf('Extends the Senior Analyst requirements');
  assert.equal(findings[0].range.start.line, text.slice(0, at).split('\n').length - 1);
});

test('silent: the same level in both, a claim naming both kinds, a base title, a linked claim (extends-target\'s), a page with no claims', async () => {
  const same = role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst responsibilities.']], ['Requirements', ['Extends the Senior Analyst requirements.']]]);
  const both = role('Staff Analyst', 8, [['Responsibilities', ['Extends the responsibilities and requirements of the Senior Analyst.']], ['Requirements', ['Set the direction.']]]);
  // "Analyst" is the family's base title: its level is inferred, not named, so no comparison.
  const baseTitle = role('Staff Analyst', 8, [['Responsibilities', ['Extends the Senior Analyst responsibilities.']], ['Requirements', ['Extends the Analyst requirements.']]]);
  const linked = role('Staff Analyst', 8, [['Responsibilities', ['Extends that of the [Senior Analyst](#requirements-1) requirements.']], ['Requirements', ['Set the direction.']]]);
  for (const staff of [same, both, baseTitle, linked]) assert.deepEqual(await checkPage(base + staff + PAGE_TAIL, RD018), [], staff);
  assert.deepEqual(await checkPage(base + PAGE_TAIL, RD018), []);
});

const researchers = fullRole('UX Researcher (Intermediate)', 6) + fullRole('Senior UX Researcher', 7);
const staffResearcher = (responsibilities: string) =>
  role('Staff UX Researcher', 8, [['Responsibilities', [responsibilities]], ['Requirements', ['Extends that of the Senior UX Researcher requirements.']]]);

test("an unlinked claim naming another family's role where the page gives the claimant's family at that level: named, with the page's role and a rename", async () => {
  const text = researchers + staffResearcher('Extends that of the Senior Product Designer responsibilities.') + PAGE_TAIL;
  const findings = await checkPage(text, RD018);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(
    f.message,
    "Extends claim names 'Senior Product Designer', a role this page does not define: link it to the role's section, or name a role on the page (this family's Senior is 'Senior UX Researcher', line 14).",
  );
  const named = rangeIn(text, 'Extends that of the Senior Product Designer', 'Senior Product Designer');
  assert.deepEqual(f.range, named);
  assert.deepEqual(f.fixes, [{ title: 'Name Senior UX Researcher', edits: [{ range: named, newText: 'Senior UX Researcher' }], safe: false, preferred: true }]);
  assert.deepEqual(f.data, { kind: 'other-family', level: 'senior' });
});

test('a role another page of the workspace gives (in any spelling the titles compare equal in) is a reference, not a slip', async () => {
  const text = researchers + staffResearcher('Extends that of the Senior Product Designer responsibilities.') + PAGE_TAIL;
  const designers = (title: string) => ({ [`${ROOT}/job-families/product/product-designer/index.html.md`]: fullRole(title, 7) + PAGE_TAIL });
  assert.deepEqual(await checkPage(text, { ...RD018, files: designers('Senior Product Designer') }), []);
  assert.deepEqual(await checkPage(text, { ...RD018, files: designers('Sr. Product Designer') }), []);
  // A page whose roles are other titles decides nothing.
  assert.equal((await checkPage(text, { ...RD018, files: designers('Senior Product Manager') })).length, 1);
});

test('with watched files, a page checked again on each edit neither lists the workspace nor reads another page until one is reported changed', async () => {
  const text = researchers + staffResearcher('Extends that of the Senior Product Designer responsibilities.') + PAGE_TAIL;
  const other = `${ROOT}/job-families/product/product-designer/index.html.md`;
  const reads: string[] = [];
  const workspace = new InMemoryWorkspace([ROOT], { [PAGE_URI]: text, [other]: fullRole('Senior Product Designer Intern', 5) + PAGE_TAIL });
  const readText = workspace.readText.bind(workspace);
  workspace.readText = async (uri: string) => (reads.push(uri), readText(uri));
  let listings = 0;
  const findMarkdownFiles = workspace.findMarkdownFiles.bind(workspace);
  workspace.findMarkdownFiles = async () => (listings++, findMarkdownFiles());
  const service = createRoleDocsService({ workspace, config: defaultConfig(), filesWatched: () => true });
  const check = async (version: number): Promise<string[]> => {
    service.store.setOpen(PAGE_URI, text, version);
    return (await service.check(service.getDocument(PAGE_URI, text, version))).filter((f) => f.ruleId === 'RD018').map((f) => f.data?.kind as string);
  };
  assert.deepEqual(await check(1), ['other-family']);
  assert.deepEqual(await check(2), ['other-family']);
  assert.deepEqual({ reads: reads.filter((uri) => uri === other).length, listings }, { reads: 1, listings: 1 });
  // The other page now gives the role, and the watcher says so: it is read again, and the claim is a reference.
  workspace.files.set(other, fullRole('Senior Product Designer', 7) + PAGE_TAIL);
  service.store.invalidate(other);
  assert.deepEqual(await check(3), []);
  assert.deepEqual({ reads: reads.filter((uri) => uri === other).length, listings }, { reads: 2, listings: 2 });
});

test('silent: a short form, a shared family word, the claimant at the named level, no own-family role at that level, a link, a page role in fewer words', async () => {
  const controls = [
    // "PD" may abbreviate a title of the page.
    researchers + staffResearcher('Extends that of the Senior PD responsibilities.'),
    // "Researcher" is the claimant's family too: another title for the same step, perhaps.
    researchers + staffResearcher('Extends that of the Senior Design Researcher responsibilities.'),
    // Extending another family at one's own level: a deliberate reference.
    researchers + role('Senior UX Researcher (Growth)', 7, [['Responsibilities', ['Extends that of the Senior Product Designer responsibilities.']], ['Requirements', ['Read the notes.']]]),
    // No Senior UX Researcher on the page: the family may continue on another page.
    fullRole('UX Researcher (Intermediate)', 6) + staffResearcher('Extends that of the Senior Product Designer responsibilities.'),
    researchers + staffResearcher('Extends that of the [Senior Product Designer](#responsibilities) responsibilities.'),
    // "Senior Designer" is within "Senior Product Designer", a role of this page.
    researchers + fullRole('Senior Product Designer', 7) + staffResearcher('Extends that of the Senior Designer responsibilities.'),
  ];
  for (const text of controls) assert.deepEqual(await checkPage(text + PAGE_TAIL, RD018), [], text.slice(-200));
});
