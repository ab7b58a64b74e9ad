import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, GRADE_LINK, range, ROOT } from './checkPage';

const RD014 = { ruleId: 'RD014' };

test('doubled parentheses: exact message, the destination range, a safe fix to single ones', async () => {
  const text = `The Senior Paralegal is a [Grade 7]((${GRADE_LINK}))\n`;
  const findings = await checkPage(text, RD014);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'malformed-link');
  assert.equal(f.message, `Doubled parentheses around a link target: write '${GRADE_LINK}', not '(${GRADE_LINK})' (link 'Grade 7').`);
  const end = 36 + GRADE_LINK.length + 2;
  assert.deepEqual(f.range, range(0, 36, 0, end));
  assert.deepEqual(f.fixes, [{ title: 'Remove the extra parentheses', edits: [{ range: range(0, 36, 0, end), newText: GRADE_LINK }], safe: true, preferred: true }]);
  assert.deepEqual(f.data, { kind: 'doubled-parentheses', target: GRADE_LINK });
});

test('empty targets, written as () or (<>): the whole link, no fix', async () => {
  const text = 'See [TODO]() and [the guide](<>).\n';
  const findings = await checkPage(text, RD014);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes]),
    [
      ["Empty link target: say where 'TODO' points, or drop the link.", range(0, 4, 0, 12), undefined],
      ["Empty link target: say where 'the guide' points, or drop the link.", range(0, 17, 0, 32), undefined],
    ],
  );
});

test('full and collapsed references with no definition; defined, shortcut and escaped ones are fine', async () => {
  const text = [
    'See [our values][values], the [handbook][] and [the guide][guide].',
    'A [bracketed aside], an [x] box, \\[not][a link] and a footnote[^1].',
    '',
    '[guide]: /handbook/guide/',
    '',
  ].join('\n');
  const findings = await checkPage(text, RD014);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range]),
    [
      ["Undefined reference link '[our values][values]': add '[values]: …' or it renders as plain text.", range(0, 4, 0, 24)],
      ["Undefined reference link '[handbook][]': add '[handbook]: …' or it renders as plain text.", range(0, 30, 0, 42)],
    ],
  );
  assert.deepEqual(findings[1].data, { kind: 'undefined-reference', label: 'handbook' });
});

test('references inside code are not links', async () => {
  assert.deepEqual(await checkPage('Use `m[i][j]` here.\n\n```\n[a][b]\n```\n', RD014), []);
});

test('parentheses inside a target are not doubled parentheses', async () => {
  assert.deepEqual(await checkPage('[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) and [x](/a#b)\n', RD014), []);
});

test('a target with spaces is no link; a fragment naming a heading of the page gets a safe fix to its id', async () => {
  const text = '## Vice President, Sales\n\nSee [VP](#Vice President, Sales) and [guide](/handbook/a guide/).\n';
  const findings = await checkPage(text, RD014);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes]),
    [
      [
        "Not a link: remove the spaces in its target '#Vice President, Sales'; '[VP](#Vice President, Sales)' renders as plain text.",
        range(2, 4, 2, 32),
        [{ title: "Change the link to '#vice-president-sales'", edits: [{ range: range(2, 4, 2, 32), newText: '[VP](#vice-president-sales)' }], safe: true, preferred: true }],
      ],
      ["Not a link: remove the spaces in its target '/handbook/a guide/'; '[guide](/handbook/a guide/)' renders as plain text.", range(2, 37, 2, 64), undefined],
    ],
  );
});

test('a missing "(" before a path, fragment or URL: the text, and a safe fix inserting it; "[A]/B)" and "[issue]#12)" prose are not taken', async () => {
  const text = 'See [values]/handbook/values/) and [top]#top) (choose [A]/B) here, see [issue]#12).\n';
  const findings = await checkPage(text, RD014);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes?.[0].edits, f.fixes?.[0].safe]),
    [
      ["Not a link: add the missing '(' before its target '/handbook/values/' in '[values]/handbook/values/)'.", range(0, 4, 0, 30), [{ range: range(0, 12, 0, 12), newText: '(' }], true],
      ["Not a link: add the missing '(' before its target '#top' in '[top]#top)'.", range(0, 35, 0, 45), [{ range: range(0, 40, 0, 40), newText: '(' }], true],
    ],
  );
});

test('a level link without its "#": a bare slug that is a heading id of the page and no file; a file of that name is fine', async () => {
  const text = '## Senior Backend Engineer\n\nSee [Senior](senior-backend-engineer) and [Staff](staff).\n';
  const findings = await checkPage(text, RD014);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes, f.data]),
    [[
      "Missing '#': link to '#senior-backend-engineer', a heading on this page, not to a file 'senior-backend-engineer' (link 'Senior').",
      range(2, 13, 2, 36),
      [{ title: "Change the link to '#senior-backend-engineer'", edits: [{ range: range(2, 13, 2, 13), newText: '#' }], safe: true, preferred: true }],
      { kind: 'missing-hash', target: 'senior-backend-engineer' },
    ]],
  );
  const sibling = `${ROOT}/job-families/engineering/example/senior-backend-engineer.md`;
  assert.deepEqual(await checkPage(text, { ...RD014, files: { [sibling]: '# Senior\n' } }), []);
});

test('two fragments: one finding (no broken-anchor too), a safe fix to the last part that is an id of the page', async () => {
  const text = '## Specialties\n\n### GitLab for Education\n\nSee [Education](#specialties/##gitlab-for-education/) and [x](#a#b).\n';
  const findings = await checkPage(text);
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'RD014' || f.ruleId === 'RD001').map((f) => [f.ruleId, f.message, f.range, f.fixes]),
    [
      [
        'RD014',
        "Link target '#specialties/##gitlab-for-education/' has more than one '#': keep one fragment (link 'Education').",
        range(4, 17, 4, 52),
        [{ title: "Change the link to '#gitlab-for-education'", edits: [{ range: range(4, 17, 4, 52), newText: 'gitlab-for-education' }], safe: true, preferred: true }],
      ],
      ['RD014', "Link target '#a#b' has more than one '#': keep one fragment (link 'x').", range(4, 63, 4, 66), undefined],
    ],
  );
});

test('a bracket in a fragment: a safe fix where the id without it exists, an unsafe one on another site', async () => {
  const text = '## Collaboration\n\nSee [C](#collab[oration) and [V](https://example.com/values/#results[).\n';
  const findings = await checkPage(text);
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'RD014' || f.ruleId === 'RD001').map((f) => [f.message, f.range, f.fixes]),
    [
      [
        "Bracket in the fragment '#collab[oration': remove it, no heading id has one (link 'C').",
        range(2, 9, 2, 23),
        [{ title: "Change the link to '#collaboration'", edits: [{ range: range(2, 9, 2, 23), newText: 'collaboration' }], safe: true, preferred: true }],
      ],
      [
        "Bracket in the fragment '#results[': remove it, no heading id has one (link 'V').",
        range(2, 61, 2, 69),
        [{ title: "Change the link to '#results'", edits: [{ range: range(2, 61, 2, 69), newText: 'results' }], safe: false, preferred: true }],
      ],
    ],
  );
});
