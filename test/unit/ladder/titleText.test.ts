import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLoweredPhrase, lowerSameLength } from '../../../server/src/service/ladder/titleText';

test('lowerSameLength lowers ASCII whole and other text character by character, keeping every index', () => {
  assert.equal(lowerSameLength('Senior Backend Engineer (IC3)'), 'senior backend engineer (ic3)');
  // 'İ' lowers to two code units: it is kept. A final 'Σ' lowers as a lone character would ('σ'), not as a word end ('ς').
  const mixed = 'İstanbul ΟΔΟΣ Lead';
  const lowered = lowerSameLength(mixed);
  assert.equal(lowered, 'İstanbul οδοσ lead');
  assert.equal(lowered.length, mixed.length);
});

test('findLoweredPhrase matches a phrase at word edges, the same on every call', () => {
  const title = lowerSameLength('Senior Manager, Data Engineering');
  for (let i = 0; i < 2; i++) {
    assert.equal(findLoweredPhrase(title, ' Senior Manager ', 'start'), 0);
    assert.equal(findLoweredPhrase(title, 'Manager,', 'anywhere'), 7);
    assert.equal(findLoweredPhrase(title, 'Engineer', 'anywhere'), -1);
  }
});
