import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKEND_TEXT } from '../../protocol/fixtureWorkspace';
import { makeHandbook, runCliProcess } from '../../helpers/runCliProcess';

const ACME_SENIOR_AT_8 = '{ "extends": "gitlab", "name": "Acme", "levels": [{ "id": "senior", "grade": 8 }] }\n';
const TYPO = "error RD001/broken-anchor Broken anchor '#hiring-proces': did you mean '#hiring-process'? No heading or anchor on this page has it.";
const SENIOR_AT_8 = "info RD003/grade-mismatch Grade 7 should be 8: Senior is grade 8 on the ladder (role 'Senior Backend Engineer', line 35).";

/** A handbook whose root config keeps broken anchors warnings, and an Acme folder with its own config and ladder that makes them errors. */
function twoConfigs(): string {
  return makeHandbook({
    '.role-docs.json': '{ "rules": { "broken-anchor": "warning" } }\n',
    'eng/backend.md': BACKEND_TEXT,
    'acme/.role-docs.json': '{ "ladder": "ladders/acme.json", "rules": { "broken-anchor": "error" } }\n',
    'acme/ladders/acme.json': ACME_SENIOR_AT_8,
    'acme/backend.md': BACKEND_TEXT,
  });
}

const lines = (text: string) => text.trim().split('\n').map((line) => line.replace(/ +/g, ' '));

test('each page is checked under the nearest .role-docs.json above it, with that config\'s ladder', () => {
  const dir = twoConfigs();
  const run = runCliProcess(['check', '.', '--no-cache'], dir);
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(lines(run.stdout), [`acme/backend.md:41:41 ${SENIOR_AT_8}`, `acme/backend.md:51:43 ${TYPO}`, `eng/backend.md:51:43 ${TYPO.replace('error', 'warning')}`]);
});

test('run from a subfolder, the parent folder\'s .role-docs.json applies', () => {
  const dir = twoConfigs();
  const run = runCliProcess(['check', '--no-cache'], join(dir, 'eng'));
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(lines(run.stdout), [`backend.md:51:43 ${TYPO.replace('error', 'warning')}`]);
});

test('--config FILE applies one configuration to every page', () => {
  const dir = twoConfigs();
  const run = runCliProcess(['check', '.', '--no-cache', '--config', 'acme/.role-docs.json'], dir);
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(lines(run.stdout), [`acme/backend.md:41:41 ${SENIOR_AT_8}`, `acme/backend.md:51:43 ${TYPO}`, `eng/backend.md:41:41 ${SENIOR_AT_8}`, `eng/backend.md:51:43 ${TYPO}`]);
  const missing = runCliProcess(['check', '.', '--config', 'nope.json'], dir);
  assert.deepEqual(missing, {
    status: 2,
    stdout: '',
    stderr: 'role-docs: The configuration has a problem, so no page was checked; fix it and run again:\nnope.json: Cannot read this configuration file; check that the path names a readable file.\n',
  });
});

test('a broken config stops the whole run and lists only its own problems; a good one beside it is not blamed', () => {
  const dir = twoConfigs();
  writeFileSync(join(dir, 'acme/ladders/acme.json'), '{ "extends": "gitlab", "name": "Acme", "levels": [{ "id": "senior", "grade": 3 }] }\n');
  const run = runCliProcess(['check', '.', '--no-cache'], dir);
  assert.deepEqual(run, {
    status: 2,
    stdout: '',
    stderr: [
      'role-docs: The configuration has a problem, so no page was checked; fix it and run again:',
      'acme/ladders/acme.json:1:78 Non-monotonic ladder: "senior" (grade 3) comes after "intermediate" (grade 6) on track "ic"; the grade of level "senior" must not be lower than an earlier level\'s',
      '',
    ].join('\n'),
  });
});

test('--fix under a broken config changes no file', () => {
  const page = '# Page\n\n## Requirements\n\n[see](#Requirements)\n';
  const dir = makeHandbook({ '.role-docs.json': '{ "rule": {} }\n', 'page.md': page });
  const run = runCliProcess(['check', '--fix'], dir);
  assert.deepEqual(run, {
    status: 2,
    stdout: '',
    stderr: "role-docs: The configuration has a problem, so no page was checked; fix it and run again:\n.role-docs.json:1:3 Unknown setting 'rule'; did you mean 'rules'?\n",
  });
  assert.equal(readFileSync(join(dir, 'page.md'), 'utf8'), page);
});

test('the findings cache never hides a config broken since the last run', () => {
  const dir = twoConfigs();
  mkdirSync(join(dir, 'node_modules'));
  assert.equal(runCliProcess(['check', '.'], dir).status, 1);
  writeFileSync(join(dir, 'acme/ladders/acme.json'), '{ "extends": "gitlab", "name": "Acme", }\n');
  assert.deepEqual(runCliProcess(['check', '.'], dir), {
    status: 2,
    stdout: '',
    stderr: 'role-docs: The configuration has a problem, so no page was checked; fix it and run again:\nacme/ladders/acme.json:1:40 Invalid JSON: expected a property name in double quotes\n',
  });
  // A config created since the last run applies to the pages below it.
  writeFileSync(join(dir, 'acme/ladders/acme.json'), ACME_SENIOR_AT_8);
  writeFileSync(join(dir, 'eng/.role-docs.json'), '{ "rules": { "broken-anchor": "off" } }\n');
  const run = runCliProcess(['check', '.'], dir);
  assert.deepEqual(lines(run.stdout), [`acme/backend.md:41:41 ${SENIOR_AT_8}`, `acme/backend.md:51:43 ${TYPO}`]);
});

test('role-docs ladder says which ladder is active and what named it', () => {
  const dir = twoConfigs();
  const first = (cwd: string, ...args: string[]) => {
    const run = runCliProcess(['ladder', ...args], cwd);
    assert.equal(run.status, 0, run.stderr);
    return run.stdout.split('\n').slice(0, 3);
  };
  assert.deepEqual(first(join(dir, 'acme/ladders')), ['Ladder: Acme (from acme.json, named by ../.role-docs.json)', '', '# Acme']);
  assert.deepEqual(first(join(dir, 'eng')), ['Ladder: built-in GitLab ladder (../.role-docs.json names no ladder)', '', '# GitLab']);
  assert.deepEqual(first(dir, '--config', 'acme/.role-docs.json'), ['Ladder: Acme (from acme/ladders/acme.json, named by acme/.role-docs.json)', '', '# Acme']);
  assert.deepEqual(first(dir, '--ladder', 'acme/ladders/acme.json'), ['Ladder: Acme (from acme/ladders/acme.json, named by --ladder)', '', '# Acme']);
  writeFileSync(join(dir, 'eng/.role-docs.json'), '{ "ladder": { "extends": "gitlab", "name": "Inline" } }\n');
  assert.deepEqual(first(join(dir, 'eng')), ['Ladder: Inline (written inside .role-docs.json)', '', '# Inline']);
});

test('role-docs ladder fails with exit 2 on a broken ladder, printing no table', () => {
  const dir = twoConfigs();
  writeFileSync(join(dir, 'acme/ladders/acme.json'), '{ "extends": "gitlab", "levels": [{ "id": "ic9", "grade": 9 }] }\n');
  assert.deepEqual(runCliProcess(['ladder'], join(dir, 'acme')), {
    status: 2,
    stdout: '',
    stderr:
      'role-docs: The configuration has a problem, so no page was checked; fix it and run again:\n' +
      'ladders/acme.json:1:35 level "ic9" adds level "ic9" and is missing required properties "title", "track"\n',
  });
});
