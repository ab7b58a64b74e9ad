import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familyFor, gradeOf, levelById } from '../../../server/src/service/ladder/classifyTitle';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';

test('gradeOf gives the general grade table', () => {
  const grades = Object.fromEntries(defaultLadder.levels.map((level) => [level.id, gradeOf(defaultLadder, level.id)]));
  assert.deepEqual(grades, {
    intern: 4,
    junior: 5,
    associate: 5,
    intermediate: 6,
    senior: 7,
    staff: 8,
    principal: 9,
    distinguished: 10,
    'senior-distinguished': 11,
    fellow: 12,
    'team-lead': undefined,
    manager: 8,
    'senior-manager': 9,
    'group-manager': 9,
    director: 10,
    'senior-director': 11,
    vp: 12,
    evp: 14,
    ceo: 15,
    'chief-of-staff': undefined,
  });
  assert.equal(gradeOf(defaultLadder, 'no-such-level'), undefined);
});

test('Sales pages use the Sales grade table', () => {
  const sales = familyFor(defaultLadder, 'content/job-families/sales/enterprise-account-executive.md');
  assert.equal(sales?.id, 'sales');
  assert.equal(gradeOf(defaultLadder, 'manager', sales), 9);
  assert.equal(gradeOf(defaultLadder, 'senior-manager', sales), 9);
  assert.equal(gradeOf(defaultLadder, 'staff', sales), 8);
  assert.equal(gradeOf(defaultLadder, 'director', sales), 10);
});

test('Customer Success pages use the Customer Success grade table, even under /sales/', () => {
  const windowsPath = 'C:\\handbook\\sites\\uncategorized\\source\\job-families\\sales\\solutions-architect\\index.html.md';
  const customerSuccess = familyFor(defaultLadder, windowsPath);
  assert.equal(customerSuccess?.id, 'customer-success');
  assert.equal(gradeOf(defaultLadder, 'staff', customerSuccess), 9);
  assert.equal(gradeOf(defaultLadder, 'principal', customerSuccess), 9);
  assert.equal(gradeOf(defaultLadder, 'manager', customerSuccess), 9);
  assert.equal(gradeOf(defaultLadder, 'senior', customerSuccess), 7);
  assert.equal(gradeOf(defaultLadder, 'distinguished', customerSuccess), 10);
});

test('familyFor also matches the front matter title, and nothing for other families', () => {
  assert.equal(familyFor(defaultLadder, 'content/job-families/misc/role.md', 'Technical Account Manager')?.id, 'customer-success');
  assert.equal(familyFor(defaultLadder, 'content/job-families/engineering/backend-engineer.md', 'Backend Engineer'), undefined);
  assert.equal(gradeOf(defaultLadder, 'constructor', familyFor(defaultLadder, '/sales/')), undefined);
});

test('levelById finds levels by id', () => {
  assert.equal(levelById(defaultLadder, 'senior-distinguished')?.equivalent, 'senior-director');
  assert.equal(levelById(defaultLadder, 'Senior'), undefined);
});
