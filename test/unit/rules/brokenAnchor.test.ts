import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, PAGE_URI, ROOT, range } from './checkPage';

const RD001 = { ruleId: 'RD001' };

test('case-only mismatch: exact message, range of the fragment, one safe preferred fix', async () => {
  const text = '## Job Grade\n\nSee [grade](#Job-Grade) now.\n';
  const findings = await checkPage(text, RD001);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'broken-anchor');
  assert.equal(f.severity, 'warning');
  assert.equal(f.uri, PAGE_URI);
  assert.equal(f.message, "Broken anchor '#Job-Grade': write '#job-grade'; fragments are case-sensitive (the id is on this page).");
  assert.deepEqual(f.range, range(2, 13, 2, 22));
  assert.deepEqual(f.fixes, [
    { title: "Change the link to '#job-grade'", edits: [{ range: range(2, 13, 2, 22), newText: 'job-grade' }], safe: true, preferred: true },
  ]);
  assert.deepEqual(f.data, { fragment: 'Job-Grade', candidates: ['job-grade'], caseOnly: true });
});

test('case-only mismatch against an explicit HTML anchor keeps the anchor\'s case', async () => {
  const text = '<a id="SeniorReqs"></a>\n\n## Levels\n\n[x](#seniorreqs)\n';
  const [f, ...rest] = await checkPage(text, RD001);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Broken anchor '#seniorreqs': write '#SeniorReqs'; fragments are case-sensitive (the id is on this page).");
  assert.deepEqual(f.fixes?.[0].edits, [{ range: range(4, 5, 4, 15), newText: 'SeniorReqs' }]);
});

test('closest anchors: one action each, best first and preferred, none safe', async () => {
  const text = ['## Requirements', '', '## Requirements', '', '## Responsibilities', '', 'See [reqs](#requirments).', ''].join('\n');
  const findings = await checkPage(text, RD001);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.message, "Broken anchor '#requirments': did you mean '#requirements', '#requirements-1'? No heading or anchor on this page has it.");
  assert.deepEqual(f.range, range(6, 12, 6, 23));
  assert.deepEqual(f.fixes, [
    { title: "Change the link to '#requirements'", edits: [{ range: range(6, 12, 6, 23), newText: 'requirements' }], safe: false, preferred: true },
    { title: "Change the link to '#requirements-1'", edits: [{ range: range(6, 12, 6, 23), newText: 'requirements-1' }], safe: false, preferred: false },
  ]);
  assert.deepEqual(f.data, { fragment: 'requirments', candidates: ['requirements', 'requirements-1'] });
});

test('at most three candidates are offered; equal distances sort by id', async () => {
  const text = ['## Job Grade', '## Job Grade', '## Job Grade', '## Job Grade', '', '[g](#job-grade-9)', ''].join('\n');
  const [f] = await checkPage(text, RD001);
  assert.equal(f.message, "Broken anchor '#job-grade-9': did you mean '#job-grade', '#job-grade-1', '#job-grade-2'? No heading or anchor on this page has it.");
  assert.deepEqual(f.fixes?.map((x) => [x.edits[0].newText, x.preferred]), [
    ['job-grade', true],
    ['job-grade-1', false],
    ['job-grade-2', false],
  ]);
});

test('an unrelated fragment gets no candidates and no fix', async () => {
  const text = '## Responsibilities\n\n[x](#compensation-philosophy)\n';
  const [f, ...rest] = await checkPage(text, RD001);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Broken anchor '#compensation-philosophy': no heading or anchor on this page has it.");
  assert.equal(f.fixes, undefined);
  assert.deepEqual(f.data, { fragment: 'compensation-philosophy', candidates: [] });
});

test('#top, layout anchors, {#id}, {: #id}, <a id>, <a name> and duplicate suffixes are valid', async () => {
  const text = [
    '<a name="legacy"></a>',
    '',
    '## Levels {#the-levels}',
    '',
    '## Hiring Process',
    '{: #hiring}',
    '',
    '## Levels',
    '',
    '## Levels',
    '',
    '<div id="box">x</div>',
    '',
    '[a](#top) [b](#compensation) [c](#about-gitlab) [d](#the-levels) [e](#hiring) [f](#legacy)',
    '[g](#levels) [h](#levels-1) [i](#box) [j](#)',
    '',
  ].join('\n');
  assert.deepEqual(await checkPage(text, RD001), []);
});

test('the automatic id of a heading with an explicit id is gone', async () => {
  const text = '## Levels {#the-levels}\n\n[x](#levels)\n';
  const [f] = await checkPage(text, RD001);
  assert.equal(f.message, "Broken anchor '#levels': did you mean '#the-levels'? No heading or anchor on this page has it.");
});

test('reference links are checked at the link, with no edit since the fragment lives in the definition', async () => {
  const text = '## Job Grade\n\nSee [the grade][g].\n\n[g]: #Job-grade\n';
  const [f, ...rest] = await checkPage(text, RD001);
  assert.equal(rest.length, 0);
  assert.deepEqual(f.range, range(2, 4, 2, 18));
  assert.equal(f.fixes, undefined);
  assert.deepEqual(f.data, { fragment: 'Job-grade', candidates: ['job-grade'], caseOnly: true });
});

test('a fragment into another workspace page names that page; pages outside the workspace are not checked', async () => {
  const other = `${ROOT}/job-families/engineering/other/index.html.md`;
  const text = '[a](/job-families/engineering/other/#nope) [b](/job-families/engineering/other/#staff)\n[c](/job-families/missing/#nope) [d](https://example.com/#nope)\n';
  const findings = await checkPage(text, { ...RD001, files: { [other]: '## Staff\n' } });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].message, "Broken anchor '#nope': no heading or anchor in job-families/engineering/other/index.html.md has it.");
  assert.deepEqual(findings[0].range, range(0, 37, 0, 41));
});

test('kramdown profile: typographic double dash and the per-id counter', async () => {
  const text = '## A -- B\n\n## Job Grade 1\n\n## Job Grade\n\n## Job Grade\n\n[x](#a--b) [y](#a----b) [z](#job-grade-2)\n';
  const findings = await checkPage(text, { ...RD001, profile: 'kramdown' });
  // kramdown gives the second "Job Grade" the id job-grade-1 again, so job-grade-2 does not exist.
  assert.deepEqual(
    findings.map((f) => [f.range.start.character, f.message]),
    [
      [16, "Broken anchor '#a----b': did you mean '#a--b'? No heading or anchor on this page has it."],
      [29, "Broken anchor '#job-grade-2': did you mean '#job-grade', '#job-grade-1'? No heading or anchor on this page has it."],
    ],
  );
  const github = await checkPage(text, { ...RD001, profile: 'github' });
  assert.deepEqual(github.map((f) => f.data?.fragment), ['a--b']);
});

test('raw-HTML links, block and inline, are checked like markdown links, with the same case-only fix; commented ones are not', async () => {
  const text = [
    '## M5',
    '',
    '<p>See <a href="#M5">M5</a> and <a class="x" href=\'#m5\'>ok</a>.</p>',
    '<!-- <a href="#commented">x</a> -->',
    '',
    'Inline <a href="#nowhere">n</a> and [md](#M5).',
    '',
  ].join('\n');
  const findings = await checkPage(text, RD001);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes?.map((x) => [x.edits, x.safe])]),
    [
      ["Broken anchor '#M5': write '#m5'; fragments are case-sensitive (the id is on this page).", range(2, 17, 2, 19), [[[{ range: range(2, 17, 2, 19), newText: 'm5' }], true]]],
      ["Broken anchor '#nowhere': no heading or anchor on this page has it.", range(5, 17, 5, 24), undefined],
      ["Broken anchor '#M5': write '#m5'; fragments are case-sensitive (the id is on this page).", range(5, 42, 5, 44), [[[{ range: range(5, 42, 5, 44), newText: 'm5' }], true]]],
    ],
  );
});

test('a page whose headings the site generates ({{generator:…}} or a {{% … %}} shortcode) gets no broken-anchor findings into it', async () => {
  const levels = `${ROOT}/job-families/engineering/levels.md`;
  const text = [
    '## Overview',
    '',
    'See [levels](#levels), <a href="#grades">grades</a> and [one](/job-families/engineering/levels#staff).',
    '',
    '{{generator:job-levels}}',
    '',
  ].join('\n');
  assert.deepEqual(await checkPage(text, { ...RD001, files: { [levels]: '# Levels\n\n{{% job-families/levels %}}\n' } }), []);
  // A `{{< … >}}` shortcode renders HTML, not headings, and one in code is no shortcode: the page is still checked.
  const checked = '## A\n\nSee [x](#levels).\n\n{{< youtube id=1 >}}\n\n```\n{{% levels %}}\n```\n';
  assert.deepEqual((await checkPage(checked, RD001)).map((f) => f.range), [range(2, 9, 2, 15)]);
});
