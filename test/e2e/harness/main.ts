// `npm run test:e2e`: the extension-host suite and a UI pass in a real VS Code (code-server), offline.
// Needs the .vsix (`npm run package`) and the tools from `.ci/e2e --install-only`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { withBrowser } from './browser';
import { installExtension, prepareRunDirs, startCodeServer } from './codeServer';
import { runHarness, runExtensionTests, type TestOutcome } from './extensionTests';
import { findTools } from './tools';
import { uiPass } from './uiPass';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const summaryFile = args.includes('--summary') ? args[args.indexOf('--summary') + 1] : undefined;
const withUi = !args.includes('--no-ui');
const withSuite = !args.includes('--no-suite');
// The extension host inherits code-server's environment, which is how the pattern reaches mocha.
if (args.includes('--grep')) process.env.ROLE_DOCS_E2E_GREP = args[args.indexOf('--grep') + 1];
const SUITE_TIMEOUT_MS = 15 * 60_000;

const started = Date.now();
const say = (line: string): void => console.log(`[e2e +${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);

function manifest(): { id: string; vsix: string } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string };
  return { id: `${pkg.publisher}.${pkg.name}`, vsix: join(root, `${pkg.name}-${pkg.version}.vsix`) };
}

async function main(): Promise<TestOutcome[]> {
  const tools = findTools();
  const { id, vsix } = manifest();
  const out = join(root, 'test-output', 'e2e');
  const shots = join(root, 'test-output', 'screenshots');
  rmSync(out, { recursive: true, force: true });
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });

  const built = spawnSync(process.execPath, [join(root, 'test/e2e/build.mjs')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the suite failed:\n${built.stderr}`);
  const testsEntry = built.stdout.trim();

  // Each pass edits its pages, so each gets its own copy of the fixture handbook.
  const fixture = join(root, 'test/e2e/workspace');
  const suiteFolder = join(out, 'workspace-suite');
  const uiFolder = join(out, 'workspace-ui');
  cpSync(fixture, suiteFolder, { recursive: true });
  cpSync(fixture, uiFolder, { recursive: true });

  const dirs = prepareRunDirs(join(out, 'code-server'));
  const extensionPath = installExtension(tools, dirs, vsix, id);
  say(`installed ${vsix.slice(root.length)} → ${extensionPath.slice(root.length)}`);
  const server = await startCodeServer(tools, dirs);
  say(`code-server up at ${server.url} (log: ${dirs.log.slice(root.length)})`);
  const outcomes: TestOutcome[] = [];
  try {
    if (withSuite) {
      say('extension-host suite: started');
      const run = (page: Page) => runExtensionTests(page, server.url, suiteFolder, extensionPath, testsEntry, SUITE_TIMEOUT_MS, console.log);
      outcomes.push(...(await withBrowser(tools.chromium, run)));
      say('extension-host suite: finished');
    }
    if (withUi) {
      say('UI pass: started');
      outcomes.push(...(await withBrowser(tools.chromium, (page) => uiPass(page, server.url, uiFolder, shots))));
      say(`UI pass: finished; screenshots in ${shots.slice(root.length)}`);
    }
  } finally {
    await server.stop();
    say('code-server stopped');
  }
  return outcomes;
}

await runHarness(main, summaryFile && resolve(root, summaryFile));
