// .pre-commit-hooks.yaml run the way the pre-commit framework runs it: the hook's `entry`, split
// like a shell would, then the staged files its `files` pattern selects, with `role-docs` on the
// PATH as a global install of the package puts it (a link to the bundle).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { cliPath, makeHandbook, projectRoot } from '../helpers/runCliProcess';
import { BROKEN_PAGE, BROKEN_PAGE_FINDING, CLEAN_PAGE, GATE_CONFIG } from './samplePages';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
  require_serial?: boolean;
}

const hooks = parse(readFileSync(join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks[0]!;

describe('the pre-commit hook', () => {
  let repo: string;
  let bin: string;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  /** What pre-commit runs for this hook on the files now staged. */
  const runHook = () => {
    const staged = git('diff', '--staged', '--name-only', '--no-ext-diff', '-z').split('\0').filter(Boolean);
    const selected = staged.filter((file) => new RegExp(hook.files).test(file));
    const [command, ...entryArgs] = hook.entry.split(/\s+/);
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
    const r = spawnSync(command!, [...entryArgs, ...(hook.args ?? []), ...selected], { cwd: repo, encoding: 'utf8', env });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, selected };
  };

  before(() => {
    repo = makeHandbook({ '.role-docs.json': GATE_CONFIG, 'onboarding.md': CLEAN_PAGE, 'backend-engineer.md': BROKEN_PAGE, 'draft.md': BROKEN_PAGE.replace('#level)', '#levle)'), 'notes.txt': 'See [x](#nowhere).\n' });
    bin = mkdtempSync(join(tmpdir(), 'role-docs-hook-bin-'));
    symlinkSync(cliPath, join(bin, 'role-docs'));
    git('init', '--quiet');
    git('config', 'user.email', 'hook@test');
    git('config', 'user.name', 'hook test');
  });
  after(() => {
    for (const dir of [repo, bin]) rmSync(dir, { recursive: true, force: true });
  });

  test('is one node hook running `role-docs check` on Markdown files, in one process', () => {
    assert.deepEqual(
      hooks.map((h) => [h.id, h.language, h.entry, h.files, h.require_serial]),
      [['role-docs', 'node', 'role-docs check', '\\.md$', true]],
    );
  });

  test('passes (exit 0) when the staged pages are clean, whatever is not staged', () => {
    git('add', 'onboarding.md', 'notes.txt');
    const run = runHook();
    assert.deepEqual(run.selected, ['onboarding.md']);
    assert.equal(run.stdout, '');
    assert.equal(run.status, 0, run.stderr);
  });

  test('fails (exit 1) on an error in a staged page, naming it and no unstaged page', () => {
    git('add', 'backend-engineer.md');
    const run = runHook();
    assert.deepEqual(run.selected, ['backend-engineer.md', 'onboarding.md']);
    assert.equal(run.stdout, BROKEN_PAGE_FINDING);
    assert.equal(run.status, 1, run.stderr);
  });
});
