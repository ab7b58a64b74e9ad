import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyTitle } from '../../../server/src/service/ladder/classifyTitle';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';

// [title, level id, explicit]
const traps: [string, string, boolean][] = [
  ['Product Manager', 'intermediate', false],
  ['Manager', 'manager', true],
  ['  Director ', 'director', true],
  ['Marketing Manager', 'intermediate', false],
  ['Program Manager', 'intermediate', false],
  ['Backend Engineer', 'intermediate', false],
  ['Senior Product Marketing Manager', 'senior', true],
  ['Manager, Quality Engineering', 'manager', true],
  ['Engineering Manager', 'manager', true],
  ['Backend Engineering Manager', 'manager', true],
  ['Senior Manager, Marketing', 'senior-manager', true],
  ['Senior Engineering Manager', 'senior-manager', true],
  ['Group Manager, Product', 'group-manager', true],
  ['Director, Engineering', 'director', true],
  ['Director of Sales', 'director', true],
  ['Senior Director, Finance', 'senior-director', true],
  ['VP, Product', 'vp', true],
  ['Vice President, Sales', 'vp', true],
  ['VP of Engineering', 'vp', true],
  ['Vice President of Marketing', 'vp', true],
  ['Principal Accounting Officer', 'evp', true],
  ['Chief Financial Officer', 'evp', true],
  ['Chief Executive Officer', 'ceo', true],
  ['CEO', 'ceo', true],
  ['Chief of Staff', 'chief-of-staff', true],
  ['Chief of Staff to the CEO', 'chief-of-staff', true],
  ['Senior Distinguished Engineer Infrastructure', 'senior-distinguished', true],
  ['Senior Distinguished', 'senior-distinguished', true],
  ['Distinguished Engineer', 'distinguished', true],
  ['Backend Engineer (Intermediate)', 'intermediate', true],
  ['Intermediate Backend Engineer', 'intermediate', true],
  ['Staff', 'staff', true],
  ['Senior', 'senior', true],
  ['Intern, Backend Engineer', 'intern', true],
  ['Internal Auditor', 'intermediate', false],
  ['Sr. Backend Engineer', 'senior', true],
  ['Principal Product Manager', 'principal', true],
  ['Fellow', 'fellow', true],
  ['Team Lead', 'team-lead', true],
  ['Lead', 'team-lead', true],
];

for (const [title, levelId, explicit] of traps) {
  test(`classifyTitle: "${title}" is ${levelId}${explicit ? '' : ' (by default)'}`, () => {
    const result = classifyTitle(defaultLadder, title);
    assert.equal(result?.level.id, levelId);
    assert.equal(result?.explicit, explicit);
  });
}

test('classifyTitle reports the deciding phrase as written in the title', () => {
  assert.equal(classifyTitle(defaultLadder, 'Backend Engineer (Intermediate)')?.matched, 'Intermediate');
  assert.equal(classifyTitle(defaultLadder, 'Sr. Backend Engineer')?.matched, 'Sr');
  assert.equal(classifyTitle(defaultLadder, 'manager, quality engineering')?.matched, 'manager,');
  assert.equal(classifyTitle(defaultLadder, 'Backend Engineer')?.matched, undefined);
});

test('classifyTitle normalises markdown, heading marks and Unicode whitespace', () => {
  assert.equal(classifyTitle(defaultLadder, '**Staff**\u00a0 Backend\tEngineer')?.level.id, 'staff');
  assert.equal(classifyTitle(defaultLadder, '#### Senior Backend Engineer')?.level.id, 'senior');
  assert.equal(classifyTitle(defaultLadder, 'The [Director, Engineering](/job-families/engineering/)')?.level.id, 'director');
  assert.equal(classifyTitle(defaultLadder, '\u00a0 MANAGER, PEOPLE\u2003')?.level.id, 'manager');
});

test('classifyTitle returns undefined only for an empty title', () => {
  assert.equal(classifyTitle(defaultLadder, ''), undefined);
  assert.equal(classifyTitle(defaultLadder, ' \u00a0 ** '), undefined);
  assert.equal(classifyTitle(defaultLadder, 'x')?.level.id, 'intermediate');
});

test('classifyTitle classifies only the start of an overlong title', () => {
  assert.equal(classifyTitle(defaultLadder, `${'Senior '.repeat(5000)}${'_'.repeat(5000)}${'['.repeat(2000)}`)?.level.id, 'senior');
  assert.equal(classifyTitle(defaultLadder, `${'x '.repeat(400)} Director`)?.level.id, 'intermediate');
  assert.equal(classifyTitle(defaultLadder, `Director ${'x '.repeat(400)}`)?.level.id, 'director');
});
