import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, GRADE_LINK, range } from './checkPage';

const RD014 = { ruleId: 'RD014' };

test('doubled parentheses: exact message, the destination range, a safe fix to single ones', async () => {
  const text = `The Senior Paralegal is a [Grade 7]((${GRADE_LINK}))\n`;
  const findings = await checkPage(text, RD014);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'malformed-link');
  assert.equal(f.message, `The target of the link 'Grade 7' is wrapped in doubled parentheses; it points at '(${GRADE_LINK})', not '${GRADE_LINK}'.`);
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
      ["The link 'TODO' has an empty target.", range(0, 4, 0, 12), undefined],
      ["The link 'the guide' has an empty target.", range(0, 17, 0, 32), undefined],
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
      ["The reference link '[our values][values]' has no definition '[values]: …'; it renders as plain text.", range(0, 4, 0, 24)],
      ["The reference link '[handbook][]' has no definition '[handbook]: …'; it renders as plain text.", range(0, 30, 0, 42)],
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
