import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import { RESULT_MARKER } from '../suite/lineReporter';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  ms?: number;
  error?: string;
}

// Expected offline workbench noise that would bury the suite's own lines.
const NOISE =
  /Resolving connection token|Resolved connection token|Creating a socket|grace time|Service Worker|AgentHost|AccountPolicyGate|authentication provider 'github'|ENOTFOUND open-vsx|additional builtin extensions|Creation of workbench contribution|Extension host \(Remote\) is unresponsive|Started local extension host|\[perf\]|DefaultAccount|Canceled: Canceled|Extension host \(Remote\) is responsive/;

/**
 * Runs the suite inside code-server's (remote, node) extension host, as @vscode/test-electron's runTests
 * does in desktop VS Code: the workbench takes extensionDevelopmentPath and extensionTestsPath from the
 * `payload` URL parameter.
 */
export async function runExtensionTests(
  page: Page,
  serverUrl: string,
  folder: string,
  extensionPath: string,
  testsEntry: string,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<TestOutcome[]> {
  const authority = new URL(serverUrl).host;
  const remote = (path: string) => `vscode-remote://${authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsEntry)],
  ];
  return runSuiteInPage(page, `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, timeoutMs, log);
}

/**
 * Opens a workbench URL that runs an extension test suite and collects its results: the workbench
 * reports through window.codeAutomationLog / codeAutomationExit, the hooks @vscode/test-web uses.
 */
export async function runSuiteInPage(page: Page, url: string, timeoutMs: number, log: (line: string) => void): Promise<TestOutcome[]> {
  let result: { tests: TestOutcome[] } | undefined;
  let exitCode: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exitCode = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
    const line = format(...(Array.isArray(args) ? args : [args])).replace(/%c/g, '');
    const at = line.indexOf(RESULT_MARKER);
    if (at >= 0) result = JSON.parse(line.slice(at + RESULT_MARKER.length));
    else if (!NOISE.test(line)) log(type === 'error' ? `[host error] ${line}` : line);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => exitCode(code));
  // The workbench keeps loading its parts long after the page's DOM is ready; the exit hook is what counts.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });

  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    exited,
    new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (result) return result.tests;
  const why = code === -1 ? `did not finish within ${timeoutMs / 1000} s` : `ended with exit code ${code} before reporting results`;
  return [{ title: 'extension-host suite', state: 'failed', error: `the suite ${why}` }];
}

/** Prints every outcome and the `N passed, N failed` line (also to `summaryFile`); returns the exit status. */
function reportOutcomes(outcomes: readonly TestOutcome[], summaryFile: string | undefined): number {
  console.log('\nResults');
  for (const o of outcomes) console.log(`  ${o.state === 'passed' ? 'ok  ' : 'FAIL'}  ${o.title}${o.ms === undefined ? '' : ` (${(o.ms / 1000).toFixed(1)} s)`}${o.error ? `\n          ${o.error.split('\n')[0]}` : ''}`);
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const summary = `${passed} passed, ${outcomes.length - passed} failed`;
  if (summaryFile) {
    mkdirSync(dirname(summaryFile), { recursive: true });
    writeFileSync(summaryFile, summary + '\n');
  }
  console.log(summary);
  return passed === outcomes.length ? 0 : 1;
}

/** Runs a harness's `main`, a throw counting as one failed outcome, reports, and exits with the status. */
export async function runHarness(main: () => Promise<TestOutcome[]>, summaryFile: string | undefined): Promise<never> {
  let outcomes: TestOutcome[];
  try {
    outcomes = await main();
  } catch (error) {
    console.error((error as Error).stack ?? error);
    outcomes = [{ title: 'harness', state: 'failed', error: (error as Error).message }];
  }
  process.exit(reportOutcomes(outcomes, summaryFile));
}
