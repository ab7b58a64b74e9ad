import { format } from 'node:util';
import type { Page } from 'playwright-core';

export const RESULT_MARKER = 'ROLE_DOCS_E2E_RESULT ';

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
 * `payload` URL parameter and reports through window.codeAutomationLog / codeAutomationExit.
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
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });

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
