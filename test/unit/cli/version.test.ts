import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot, runCliProcess } from '../../helpers/runCliProcess';

const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };

test('`role-docs --version` and `-v` print the version in package.json', () => {
  for (const flag of ['--version', '-v']) {
    const run = runCliProcess([flag], projectRoot);
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, `${version}\n`, '']);
  }
});

test('CHANGELOG.md has a section for the version in package.json', () => {
  const changelog = readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2}|unreleased)$`, 'm'));
});
