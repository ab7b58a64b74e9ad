import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeHandbook, runCliProcess } from '../../helpers/runCliProcess';

const target = '---\ntitle: Target\n---\n# Target\n\n## Requirements\n\nText.\n';
const page = '---\ntitle: Page\n---\n# Page\n\nSee [the requirements](/target/#requirements).\n';

/** A handbook with its own node_modules, so the cache lands in it. */
function handbook(): string {
  const dir = makeHandbook({ 'target/index.md': target, 'page/index.md': page });
  mkdirSync(join(dir, 'node_modules'));
  return dir;
}

const check = (dir: string, ...extra: string[]) => runCliProcess(['check', '.', '--format', 'json', '--exit-zero', ...extra], dir);
const anchors = (stdout: string) => (JSON.parse(stdout) as { code: string; file: string }[]).filter((f) => f.code === 'RD001').map((f) => f.file);

test('the cache gives the same findings, and a change to a linked page invalidates the page that links to it', () => {
  const dir = handbook();
  const cold = check(dir);
  assert.deepEqual(anchors(cold.stdout), []);
  assert.equal(readdirSync(join(dir, 'node_modules', '.cache', 'role-docs')).length, 1);
  assert.equal(check(dir).stdout, cold.stdout);
  writeFileSync(join(dir, 'target', 'index.md'), target.replace('## Requirements', '## Needs'));
  assert.deepEqual(anchors(check(dir).stdout), ['page/index.md']);
  assert.deepEqual(anchors(check(dir, '--no-cache').stdout), ['page/index.md']);
});

test('a page that links to a missing file is re-checked when the file appears', () => {
  const dir = makeHandbook({ 'page/index.md': page });
  mkdirSync(join(dir, 'node_modules'));
  assert.deepEqual(anchors(check(dir).stdout), []);
  mkdirSync(join(dir, 'target'));
  writeFileSync(join(dir, 'target', 'index.md'), '# Target\n\n## Other\n');
  assert.deepEqual(anchors(check(dir).stdout), ['page/index.md']);
});

test('--no-cache writes no cache', () => {
  const dir = handbook();
  check(dir, '--no-cache');
  assert.deepEqual(readdirSync(join(dir, 'node_modules')), []);
});

test('a change to the configuration, or to the ladder file it names, re-checks every page', () => {
  const grades = '---\ntitle: Widgets\n---\n# Widgets\n\n## Senior Widget Engineer\n\n### Job Grade\n\nThe Senior Widget Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n';
  const dir = makeHandbook({
    'widgets/index.md': grades,
    '.role-docs.json': '{ "ladder": "ladder.json" }',
    'ladder.json': '{ "extends": "gitlab", "name": "Acme" }',
  });
  mkdirSync(join(dir, 'node_modules'));
  const codes = () => (JSON.parse(check(dir).stdout) as { code: string; file: string; line: number }[]).filter((f) => f.code === 'RD003').map((f) => `${f.file}:${f.line}`);
  assert.deepEqual(codes(), []);
  writeFileSync(join(dir, 'ladder.json'), '{ "extends": "gitlab", "name": "Acme", "levels": [{ "id": "senior", "grade": 8 }] }');
  assert.deepEqual(codes(), ['widgets/index.md:10']);
  writeFileSync(join(dir, '.role-docs.json'), '{ "ladder": "ladder.json", "rules": { "grade-mismatch": "off" } }');
  assert.deepEqual(codes(), []);
});

test('a page whose unlinked extends claim may name another page\'s role is checked again when any page changes', () => {
  const grade = (title: string, n: number) => `## ${title}\n\n### Job Grade\n\nThe ${title} is a [grade ${n}](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n`;
  const writers = `---\ntitle: Technical Writer\n---\n\n${grade('Senior Technical Writer', 7)}${grade('Staff Technical Writer', 8)}### Responsibilities\n\n- Extends that of the Senior Brand Designer responsibilities.\n`;
  const designers = `---\ntitle: Brand Designer\n---\n\n${grade('Senior Brand Designer', 7)}`;
  const dir = makeHandbook({ 'job-families/technical-writer/index.md': writers, 'job-families/brand-designer/index.md': designers });
  mkdirSync(join(dir, 'node_modules'));
  const claims = () => (JSON.parse(check(dir).stdout) as { code: string; file: string; line: number }[]).filter((f) => f.code === 'RD018').map((f) => `${f.file}:${f.line}`);
  assert.deepEqual(claims(), []);
  writeFileSync(join(dir, 'job-families', 'brand-designer', 'index.md'), designers.replace('Senior Brand Designer', 'Senior Brand Manager'));
  assert.deepEqual(claims(), ['job-families/technical-writer/index.md:19']);
});
