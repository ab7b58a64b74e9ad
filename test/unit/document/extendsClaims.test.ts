import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, range } from './parse';

function claimsOf(text: string) {
  return parse(text).extendsClaims.map((c) => [c.roleText, c.sectionKind, c.roleTextRange, c.range, c.link?.fragment]);
}

test('"Extends that of the [X](#a) requirements" and "responsibilities"', () => {
  const line = '- Extends that of the [Senior Data Engineer](#requirements) requirements.';
  assert.deepEqual(claimsOf(line + '\n'), [['Senior Data Engineer', 'requirements', range(0, 23, 0, 43), range(0, 2, 0, 72), 'requirements']]);
  assert.deepEqual(
    claimsOf('Extends that of the [Backend Engineer](#responsibilities) responsibilities.\n').map((c) => [c[0], c[1], c[4]]),
    [['Backend Engineer', 'responsibilities', 'responsibilities']],
  );
});

test('"extends the [X](#a) role", a linked claim with no kind, and cross-page links', () => {
  const text = 'This role extends the [Backend Engineer](#intermediate-requirements) role.\nIt extends the [Senior Director, Development](/job-families/engineering/senior-director/).\n';
  const doc = parse(text);
  assert.deepEqual(
    doc.extendsClaims.map((c) => [c.roleText, c.sectionKind, c.link?.kind, c.link?.fragment]),
    [
      ['Backend Engineer', 'role', 'fragment', 'intermediate-requirements'],
      ['Senior Director, Development', 'role', 'site-path', undefined],
    ],
  );
  assert.deepEqual(doc.extendsClaims[0].roleTextRange, range(0, 23, 0, 39));
});

test('plain-word claims: "Extends the Senior requirements", possessive "\'s"', () => {
  assert.deepEqual(claimsOf('Extends the Senior requirements.\n'), [['Senior', 'requirements', range(0, 12, 0, 18), range(0, 0, 0, 31), undefined]]);
  assert.deepEqual(
    claimsOf("Extends the Staff Engineer's responsibilities.\n").map((c) => [c[0], c[1]]),
    [['Staff Engineer', 'responsibilities']],
  );
});

test('"extend" without a role word, and headings, are not claims', () => {
  assert.deepEqual(claimsOf('We extend our thanks to the team.\n'), []);
  assert.deepEqual(claimsOf('## Extends the Senior requirements\n'), []);
});

test('"Exends", "Extneds" and other one-letter misspellings open a claim before "that of" or a link; "extent" never does', () => {
  const text = [
    '- Exends that of the Director of Customer Success Operations requirements',
    '- Extneds the [Staff Engineer](#staff-engineer) role.',
    '- To the extent that of the Senior role, and it expends the [budget](#b).',
    '- Exends the Senior requirements.',
    '',
  ].join('\n');
  assert.deepEqual(
    parse(text).extendsClaims.map((c) => [c.roleText, c.sectionKind, c.keyword, c.keywordRange, c.range]),
    [
      ['Director of Customer Success Operations', 'requirements', 'Exends', range(0, 2, 0, 8), range(0, 2, 0, 73)],
      ['Staff Engineer', 'role', 'Extneds', range(1, 2, 1, 9), range(1, 2, 1, 52)],
    ],
  );
});
