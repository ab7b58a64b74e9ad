import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeHandbook, projectRoot, runCliProcess } from '../../helpers/runCliProcess';

const probe = ['--require', join(projectRoot, 'test/helpers/cliProbe.cjs')];
/** The main thread's report: it exits last (worker threads run the preload too and report first). */
const probed = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('probe: ')).pop();

/** Page i links to page i+1's requirements; every third page links to a section its neighbour lacks. */
function pages(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const next = (i + 1) % count;
    const fragment = i % 3 === 0 ? 'qualifications' : 'requirements';
    files[`family-${i}/index.md`] = `# Family ${i}\n\n## Requirements\n\nSee [the next family](/family-${next}/#${fragment}).\n`;
  }
  return files;
}

const broken = (stdout: string) =>
  (JSON.parse(stdout) as { code: string; file: string; line: number; column: number; message: string }[])
    .filter((f) => f.code === 'RD001')
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);

test('worker threads give exactly the findings of checking on the main thread, links across pages included', () => {
  const dir = makeHandbook(pages(12));
  const args = ['check', '.', '--format', 'json', '--exit-zero', '--no-cache'];
  const one = runCliProcess(args, dir, { env: { ROLE_DOCS_THREADS: '0' }, nodeArgs: probe });
  const three = runCliProcess(args, dir, { env: { ROLE_DOCS_THREADS: '3' }, nodeArgs: probe });
  assert.equal(probed(one.stderr), 'probe: workers=0 engine=loaded');
  assert.equal(probed(three.stderr), 'probe: workers=3 engine=loaded');
  assert.equal(three.stdout, one.stdout);
  assert.deepEqual(broken(three.stdout), [
    "family-0/index.md:5:34 Broken anchor '#qualifications': no heading or anchor in family-1/index.md has it.",
    "family-3/index.md:5:34 Broken anchor '#qualifications': no heading or anchor in family-4/index.md has it.",
    "family-6/index.md:5:34 Broken anchor '#qualifications': no heading or anchor in family-7/index.md has it.",
    "family-9/index.md:5:35 Broken anchor '#qualifications': no heading or anchor in family-10/index.md has it.",
  ]);
});

test('a run the cache answers whole never loads the engine; a changed page does', () => {
  const dir = makeHandbook(pages(4));
  mkdirSync(join(dir, 'node_modules'));
  const check = () => runCliProcess(['check', '.', '--format', 'json', '--exit-zero'], dir, { nodeArgs: probe });
  const cold = check();
  assert.equal(probed(cold.stderr), 'probe: workers=0 engine=loaded');
  const warm = check();
  assert.equal(probed(warm.stderr), 'probe: workers=0 engine=not loaded');
  assert.equal(warm.stdout, cold.stdout);
  writeFileSync(join(dir, 'family-1/index.md'), '# Family 1\n\n## Qualifications\n');
  const changed = check();
  assert.equal(probed(changed.stderr), 'probe: workers=0 engine=loaded');
  // family-0's own text did not change, but the page it links into did: it is re-checked.
  assert.deepEqual(broken(cold.stdout), [
    "family-0/index.md:5:34 Broken anchor '#qualifications': no heading or anchor in family-1/index.md has it.",
    "family-3/index.md:5:34 Broken anchor '#qualifications': no heading or anchor in family-0/index.md has it.",
  ]);
  assert.deepEqual(broken(changed.stdout), ["family-3/index.md:5:34 Broken anchor '#qualifications': no heading or anchor in family-0/index.md has it."]);
});

test('by default one core is left to the main thread: a large run on two cores gets one worker', async () => {
  const { defaultWorkerCount } = await import('../../../server/src/cli/threads/checkPages');
  const large = 5_000_000;
  assert.deepEqual(
    [1, 2, 3, 4, 8, 64].map((cores) => defaultWorkerCount(394, large, cores)),
    [1, 1, 2, 3, 4, 4],
  );
  // Small runs stay on the main thread; a few pages never get more threads than batches.
  assert.equal(defaultWorkerCount(394, 100_000, 8), 0);
  assert.equal(defaultWorkerCount(6, large, 8), 2);
});
