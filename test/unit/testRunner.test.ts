import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../helpers/runCliProcess';

test('the corpus tier fails, naming where it looked, when the corpus is not beside the project', () => {
  // A copy of the runner in a project with no shared folder beside it.
  const outer = mkdtempSync(join(tmpdir(), 'role-docs-runner-'));
  try {
    mkdirSync(join(outer, 'project', 'test'), { recursive: true });
    copyFileSync(join(projectRoot, 'test', 'run.mjs'), join(outer, 'project', 'test', 'run.mjs'));
    const r = spawnSync(process.execPath, [join(outer, 'project', 'test', 'run.mjs'), 'corpus'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `corpus tier: FAILED before running: the GitLab corpus is not at ${join(outer, 'shared', 'corpus', 'gitlab')}.\n` +
        'Put the corpus there (the shared folder beside the project), or run the other tiers.\n',
    );
  } finally {
    rmSync(outer, { recursive: true, force: true });
  }
});
