// The extension-host entry (@vscode/test-electron's contract: export run()). Both runners load it:
// `npm run test:vscode` (desktop VS Code) and `npm run test:e2e` (code-server, via the payload URL).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** The line the code-server harness parses; the test-electron runner just prints it. */
export const RESULT_MARKER = 'ROLE_DOCS_E2E_RESULT ';

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; ms: number; error?: string }[];
}

/** Activation must be observed before any markdown page is open, so that file runs first. */
const FIRST = 'activation.test.js';

class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const result: SuiteResult = { passed: 0, failed: 0, tests: [] };
    // console.log is what reaches the harness from code-server's extension host (codeAutomationLog).
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) => {
      result.passed++;
      result.tests.push({ title: test.fullTitle(), state: 'passed', ms: test.duration ?? 0 });
      console.log(`  ok    ${test.fullTitle()} (${test.duration} ms)`);
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, err: Error) => {
      result.failed++;
      result.tests.push({ title: test.fullTitle(), state: 'failed', ms: test.duration ?? 0, error: err.message });
      console.log(`  FAIL  ${test.fullTitle()}\n        ${(err.stack ?? err.message).split('\n').slice(0, 6).join('\n        ')}`);
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => console.log(RESULT_MARKER + JSON.stringify(result)));
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 90_000, reporter: LineReporter, color: false });
  // Set by `npm run test:e2e -- --grep <pattern>` through the server's environment, to run a few tests.
  if (process.env.ROLE_DOCS_E2E_GREP) mocha.grep(process.env.ROLE_DOCS_E2E_GREP);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b));
  for (const name of files) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} end-to-end tests failed`)) : resolve()));
  });
}
