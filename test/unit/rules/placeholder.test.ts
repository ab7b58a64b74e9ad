import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, range } from './checkPage';

const RD007 = { ruleId: 'RD007' };

test('TBD, TODO and "To Be Defined (TBD)": exact messages and ranges, no fix', async () => {
  const text = '## Performance Indicators\n\n- TBD\n- To Be Defined (TBD)\n- Marketing: TODO\n';
  const findings = await checkPage(text, RD007);
  assert.deepEqual(
    findings.map((f) => [f.message, f.range, f.fixes]),
    [
      ["Placeholder 'TBD': replace it with the real content or remove it.", range(2, 2, 2, 5), undefined],
      ["Placeholder 'To Be Defined (TBD)': replace it with the real content or remove it.", range(3, 2, 3, 21), undefined],
      ["Placeholder 'TODO': replace it with the real content or remove it.", range(4, 13, 4, 17), undefined],
    ],
  );
  assert.equal(findings[0].rule, 'placeholder');
  assert.deepEqual(findings[0].data, { placeholder: 'TBD' });
});

test('unfilled template text is reported whole', async () => {
  const text = 'The role reports to the {add the reporting position and link}.\n';
  const [f, ...rest] = await checkPage(text, RD007);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Unfilled template text '{add the reporting position and link}': replace it with the real content.");
  assert.deepEqual(f.range, range(0, 24, 0, 61));
});

test('lower case, plurals, parts of words, code, link targets and HTML comments are not placeholders', async () => {
  const text = [
    'A todo list, TBDs, XTBD1, scope to be defined later.',
    '',
    'Use `TODO` and [the page](/handbook/TBD/).',
    '',
    '```',
    'TBD',
    '```',
    '',
    '<!-- TODO: reviewers -->',
    '',
    'The {Level} Requirements heading and {{< ref "x" >}}.',
    '',
  ].join('\n');
  assert.deepEqual(await checkPage(text, RD007), []);
});

test('a TODO as link text is a placeholder; its empty target is another rule\'s', async () => {
  const text = 'Move to the [TODO]() job family.\n';
  const findings = await checkPage(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.range]),
    [
      ['RD014', range(0, 12, 0, 20)],
      ['RD007', range(0, 13, 0, 17)],
    ],
  );
});

test('"To be defined" opening a sentence, two-word template names and {Insert …} are placeholders; mid-sentence and mentioned ones are not', async () => {
  const text = [
    'To be defined at time of business need.',
    '',
    'The {Security Research Manager} is a grade 8. The scope is yet to be defined. Done. To be determined.',
    '',
    'Replace {Job Title} with the title, keep it as {Level Name} and see {Insert hiring process steps here.}',
    '',
  ].join('\n');
  assert.deepEqual(
    (await checkPage(text, RD007)).map((f) => [f.message, f.range]),
    [
      ["Placeholder 'To be defined': replace it with the real content or remove it.", range(0, 0, 0, 13)],
      ["Unfilled template text '{Security Research Manager}': replace it with the real content.", range(2, 4, 2, 31)],
      ["Placeholder 'To be determined': replace it with the real content or remove it.", range(2, 84, 2, 100)],
      ["Unfilled template text '{Insert hiring process steps here.}': replace it with the real content.", range(4, 68, 4, 103)],
    ],
  );
});

test('a stray brace with no partner on its line is left-over template text; kramdown attributes, ids, shortcodes and code are not', async () => {
  const text = [
    'The Vice President of Ta} is a grade 12.',
    '- {* Candidates will be invited.',
    'Use {:.class}, {#id}, {{< youtube id=1 >}}, {{% note %}} and `a }` here; search for *{add* to find inputs.',
    '',
  ].join('\n');
  assert.deepEqual(
    (await checkPage(text, RD007)).map((f) => [f.message, f.range, f.data]),
    [
      ["Stray '}': remove it; no '{' before it on its line, it is left from template text.", range(0, 24, 0, 25), { placeholder: '}' }],
      ["Stray '{': remove it; no '}' after it on its line, it is left from template text.", range(1, 2, 1, 3), { placeholder: '{' }],
    ],
  );
});
