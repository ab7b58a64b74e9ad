import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemIcon, summarizeCheck } from '../../../client/src/common/statusText';

const RESULT = { files: 393, filesWithProblems: 211, errors: 3, warnings: 290, infos: 0, hints: 238, configProblems: 0 };

test('the status bar shows the error icon when any problem is an error, else the worst severity', () => {
  assert.equal(problemIcon([1, 0, 3]), 'error');
  assert.equal(problemIcon([3, 1]), 'warning');
  assert.equal(problemIcon([2, 3]), 'info');
  assert.equal(problemIcon([]), 'check');
});

test('the Check Workspace toast is short: problems and pages, the rest is in the Problems panel', () => {
  assert.equal(summarizeCheck(RESULT), 'Role Docs: 531 problems in 211 pages.');
  assert.equal(summarizeCheck({ ...RESULT, errors: 0, warnings: 1, hints: 0, filesWithProblems: 1, configProblems: 2 }), 'Role Docs: 1 problem in 1 page and 2 configuration problems.');
  assert.equal(summarizeCheck({ ...RESULT, errors: 0, warnings: 0, hints: 0, filesWithProblems: 0 }), 'Role Docs: 393 pages, no problems.');
  assert.ok(summarizeCheck(RESULT).length <= 60);
});
