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
      ["Placeholder 'TBD'; replace it with the real content or remove it.", range(2, 2, 2, 5), undefined],
      ["Placeholder 'To Be Defined (TBD)'; replace it with the real content or remove it.", range(3, 2, 3, 21), undefined],
      ["Placeholder 'TODO'; replace it with the real content or remove it.", range(4, 13, 4, 17), undefined],
    ],
  );
  assert.equal(findings[0].rule, 'placeholder');
  assert.deepEqual(findings[0].data, { placeholder: 'TBD' });
});

test('unfilled template text is reported whole', async () => {
  const text = 'The role reports to the {add the reporting position and link}.\n';
  const [f, ...rest] = await checkPage(text, RD007);
  assert.equal(rest.length, 0);
  assert.equal(f.message, "Unfilled template text '{add the reporting position and link}'; replace it with the real content.");
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
