import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familyKeyOf, frontMatterTitle } from '../../corpus/judging/familyKey';
import { groupFamilies } from '../../corpus/judging/corpusFamilies';
import { drawSplit, referencePages } from '../../corpus/judging/drawSplit';
import { halfOfPage } from '../../corpus/judging/corpusSplit';

test('family keys drop the site layout, version suffixes and case', () => {
  assert.equal(familyKeyOf('job-families/engineering/backend-engineer/index.html.md', 'Backend Engineering'), 'backend-engineer');
  assert.equal(familyKeyOf('docsy-as-module/backend-engineer_3_1_1.md', 'Backend Engineer'), 'backend-engineer');
  assert.equal(familyKeyOf('docsy-as-module/It-entapps-services_1_1_1.md', undefined), 'it-entapps-services');
  assert.equal(familyKeyOf('docsy-as-module/staff_1748044456000000000_1.md', 'Staff Frontend Engineer'), 'staff');
  assert.equal(familyKeyOf('handbook/support/support-engineer-career-path.html.md', undefined), 'support-engineer-career-path');
  assert.equal(familyKeyOf('docsy-as-module/_index_392_1_1.md', '"Backend Engineering Roles"'.slice(1, -1)), 'backend-engineering-roles');
  assert.equal(familyKeyOf('docsy-as-module/engineer_2_1.md', 'Incubation Engineer Roles'), 'incubation-engineer');
});

test('the front-matter title is read unquoted, and only from the front matter', () => {
  assert.equal(frontMatterTitle('---\nlayout: job_family_page\ntitle: "Chief of Staff"\n---\n# Body'), 'Chief of Staff');
  assert.equal(frontMatterTitle("---\r\ntitle: 'Payroll'\r\n---\r\n"), 'Payroll');
  assert.equal(frontMatterTitle('# title: not front matter\n'), undefined);
});

test('pages sharing a key or a title form one family', () => {
  const families = groupFamilies([
    { path: 'docsy-as-module/tax_1_1.md', title: 'Tax' },
    { path: 'job-families/finance/tax/index.html.md', title: 'Tax Roles' },
    { path: 'docsy-as-module/program-manager_1_1.md', title: 'Technical Program Manager' },
    { path: 'docsy-as-module/technical-program-manager_1_1.md', title: 'Technical Program Manager' },
    { path: 'SOURCES.md', title: undefined },
  ]);
  assert.deepEqual(
    [...families],
    [
      ['program-manager', ['docsy-as-module/program-manager_1_1.md', 'docsy-as-module/technical-program-manager_1_1.md']],
      ['sources', ['SOURCES.md']],
      ['tax', ['docsy-as-module/tax_1_1.md', 'job-families/finance/tax/index.html.md']],
    ],
  );
});

test('the split is fixed by its seed, keeps forced pages in tuning and holds out half the families', () => {
  const families = new Map(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, [`${k}.md`]]));
  const first = drawSplit(families, new Set(['a.md']), 7);
  const again = drawSplit(families, new Set(['a.md']), 7);
  assert.deepEqual(again, first);
  const halves = Object.fromEntries(Object.entries(first.families).map(([k, f]) => [k, f.half]));
  assert.equal(halves.a, 'tuning');
  assert.equal(Object.values(halves).filter((h) => h === 'heldOut').length, 3);
  const halfOf = halfOfPage(first);
  assert.equal(halfOf('a.md'), 'tuning');
  assert.equal(halfOf('missing.md'), undefined);
  const other = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(drawSplit(families, new Set(['a.md']), seed).families));
  assert.ok(new Set(other).size > 1, 'different seeds draw different splits');
});

test('reference pages are the SOURCES.md rows marked "reference page"', () => {
  const sources = [
    '| local file | source path | blob | bytes | title |',
    '| `handbook/hiring/job-families/index.html.md` | `x` | `a` | 1 | Job Families (reference page, not a job family) |',
    '| `job-families/finance/tax/index.html.md` | `y` | `b` | 2 | Tax |',
  ].join('\n');
  assert.deepEqual([...referencePages(sources)], ['handbook/hiring/job-families/index.html.md']);
});
