import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, range } from './checkPage';

const RD010 = { ruleId: 'RD010' };
/** What the front matter must hold is asked of role pages: the pages below hold a role. */
const ROLE = `\n${fullRole('Senior Backend Engineer', 7)}`;

test('unknown keys: exact message; a case-only match gets an unsafe rename fix', async () => {
  const text = `---\ntitle: X\nRoleName: X\nDescription: Y\n---\n${ROLE}`;
  const findings = await checkPage(text, RD010);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes]),
    [
      ["Unknown front matter key 'RoleName': the ladder does not list it; remove or rename it.", range(2, 0, 2, 8), undefined],
      [
        "Unknown front matter key 'Description': did you mean 'description'?",
        range(3, 0, 3, 11),
        [{ title: "Rename 'Description' to 'description'", edits: [{ range: range(3, 0, 3, 11), newText: 'description' }], safe: false, preferred: true }],
      ],
    ],
  );
  assert.equal(findings[0].rule, 'front-matter');
});

test('no rename fix when the lower-case key is already there', async () => {
  const text = `---\ntitle: X\ndescription: a\nDescription: b\n---\n${ROLE}`;
  const [f] = await checkPage(text, RD010);
  assert.equal(f.fixes, undefined);
});

test('trailing white space on a delimiter: one safe fix removing it', async () => {
  const text = '---\ntitle: X\n--- \t\n\nBody.\n';
  const [f, ...rest] = await checkPage(text, RD010);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Trailing white space after the front matter's '---': remove it; strict parsers do not recognise the line.");
  assert.deepEqual(f.range, range(2, 3, 2, 5));
  assert.deepEqual(f.fixes, [{ title: 'Remove the trailing white space', edits: [{ range: range(2, 3, 2, 5), newText: '' }], safe: true, preferred: true }]);
});

test('no opening delimiter: reported on line 1 with the closing line, an unsafe fix adds it', async () => {
  const text = 'layout: job_family_page\ntitle: Program Manager\n---\n\n## Levels\n';
  const [f, ...rest] = await checkPage(text, RD010);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Front matter without its opening '---': add it above line 1 (the YAML ends at the '---' on line 3).");
  assert.deepEqual(f.range, range(0, 0, 0, 23));
  assert.deepEqual(f.fixes, [{ title: "Add the opening '---'", edits: [{ range: range(0, 0, 0, 0), newText: '---\n' }], safe: false, preferred: true }]);
});

test('a YAML error keeps its place; only the first of several is reported', async () => {
  const text = '---\ntitle: Backend Engineer\ntitle: Again\n---\n';
  const [f, ...rest] = await checkPage(text, RD010);
  assert.equal(rest.length, 0);
  assert.equal(f.message, 'Invalid YAML in the front matter: Map keys must be unique.');
  assert.deepEqual(f.range, range(2, 0, 2, 1));
  assert.deepEqual(f.data, { kind: 'yaml', errors: 1 });
});

test('no title, an empty title, and an empty block', async () => {
  for (const head of ['---\ndescription: x\n---\n', '---\ntitle: ""\n---\n', '---\n---\n']) {
    const text = head + ROLE;
    const findings = await checkPage(text, RD010);
    assert.deepEqual(findings.map((f) => [f.message, f.range]), [['Front matter without a title: add a title key.', range(0, 0, 0, 3)]], text);
  }
});

test('a page without front matter, prose that starts like a key, and a valid block are fine', async () => {
  assert.deepEqual(await checkPage('## Levels\n', RD010), []);
  assert.deepEqual(await checkPage('Note: this is prose.\n\nMore prose.\n\n---\n', RD010), []);
  assert.deepEqual(await checkPage('---\nlayout: job_family_page\ntitle: "X"\nextra_js:\n  - a.js\n---\n', RD010), []);
});

test('a page that is no role page gets no front matter expectations, only its YAML checked', async () => {
  assert.deepEqual(await checkPage('---\nRoleName: X\n---\n\n## Travel policy\n\n- Book early.\n', RD010), []);
  const broken = await checkPage('---\ntitle: [x\n---\n\n## Travel policy\n', RD010);
  assert.equal(broken.length, 1);
  assert.match(broken[0].message, /^Invalid YAML in the front matter/);
});
