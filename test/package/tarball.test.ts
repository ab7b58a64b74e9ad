// The npm package as a handbook gets it: packed as `npm publish` would, installed into an empty
// project without a registry, then the CLI and the stdio server run from there (no node_modules but its own).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, test } from 'node:test';
import { LspSession } from '../protocol/lspSession';
import { projectRoot } from '../helpers/runCliProcess';
import { BROKEN_PAGE, BROKEN_PAGE_FINDING, GATE_CONFIG } from './samplePages';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
// The bundles carry every package they use; the rest is what a user reads or points a `$schema` at.
const SHIPPED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli.js',
  'dist/cliEngine.js',
  'dist/package.json',
  'dist/server.js',
  'package.json',
  'schemas/config.schema.json',
  'schemas/ladder.schema.json',
  'schemas/ladders/gitlab.json',
];
const MAX_PACKED_BYTES = 1_200_000;

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8' });

describe('the packed npm package', () => {
  let work: string;
  let tarball: string;
  let handbook: string;
  let installMs: number;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'role-docs-package-'));
    const pack = npm(['pack', '--pack-destination', work], projectRoot);
    assert.equal(pack.status, 0, pack.stderr);
    // pre-commit's node hooks install the package by the name `npm pack` prints, so nothing else may be printed.
    assert.equal(pack.stdout, `${pkg.name}-${pkg.version}.tgz\n`);
    tarball = join(work, pack.stdout.trim());
    handbook = join(work, 'handbook');
    mkdirSync(handbook);
    writeFileSync(join(handbook, 'package.json'), JSON.stringify({ name: 'handbook', version: '1.0.0', private: true }));
    writeFileSync(join(handbook, 'backend-engineer.md'), BROKEN_PAGE);
    writeFileSync(join(handbook, '.role-docs.json'), GATE_CONFIG);
    const started = performance.now();
    const install = npm(['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], handbook);
    installMs = performance.now() - started;
    assert.equal(install.status, 0, install.stderr);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('holds the bundles, schemas, README, LICENSE and CHANGELOG only, within the size limit', (t) => {
    const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    const files = listing.stdout.split('\n').filter(Boolean).map((entry) => entry.replace(/^package\//, ''));
    assert.deepEqual(files.sort(), SHIPPED);
    const { size } = statSync(tarball);
    assert.ok(size <= MAX_PACKED_BYTES, `packed ${size} bytes, over ${MAX_PACKED_BYTES}`);
    t.diagnostic(`${basename(tarball)}: ${size} bytes packed, ${files.length} files`);
  });

  test('installs with nothing else to fetch', (t) => {
    const installed = readdirSync(join(handbook, 'node_modules')).filter((name) => !name.startsWith('.'));
    assert.deepEqual(installed, [pkg.name]);
    t.diagnostic(`installed into an empty project in ${Math.round(installMs)} ms`);
  });

  test('`npx role-docs check` reports the broken anchor and exits 1', () => {
    const run = spawnSync('npx', ['role-docs', 'check', 'backend-engineer.md'], { cwd: handbook, encoding: 'utf8' });
    assert.equal(run.stdout, BROKEN_PAGE_FINDING);
    assert.equal(run.status, 1, run.stderr);
  });

  test('checks pages on a worker thread from the installed bundle too', () => {
    const env = { ...process.env, ROLE_DOCS_THREADS: '1' };
    const run = spawnSync('npx', ['role-docs', 'check', '--no-cache', 'backend-engineer.md'], { cwd: handbook, encoding: 'utf8', env });
    assert.equal(run.stdout, BROKEN_PAGE_FINDING);
    assert.equal(run.status, 1, run.stderr);
  });

  test('`npx role-docs --version` prints the package version', () => {
    const run = spawnSync('npx', ['role-docs', '--version'], { cwd: handbook, encoding: 'utf8' });
    assert.equal(run.stdout, `${pkg.version}\n`);
    assert.equal(run.status, 0);
  });

  test('`role-docs-server --stdio` answers the initialize handshake', async () => {
    const { session, result } = await LspSession.start({ root: handbook, server: join(handbook, 'node_modules/.bin/role-docs-server') });
    try {
      assert.deepEqual(result.serverInfo, { name: 'role-docs', version: pkg.version });
      assert.deepEqual(result.capabilities.diagnosticProvider, { identifier: 'role-docs', interFileDependencies: true, workspaceDiagnostics: true });
      assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.roleDocs'] });
      assert.equal(result.capabilities.hoverProvider, true);
      assert.equal(result.capabilities.definitionProvider, true);
    } finally {
      await session.stop();
    }
    assert.equal(session.exited, true);
  });
});
