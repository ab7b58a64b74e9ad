import type Mocha from 'mocha';

/** The line the harnesses parse (the test-electron runner just prints it). */
export const RESULT_MARKER = 'ROLE_DOCS_E2E_RESULT ';

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; ms: number; error?: string }[];
}

/**
 * A mocha reporter printing one line per test and the whole result as JSON at the end. It takes the
 * Mocha namespace because the node host imports mocha and the web worker host has its browser build.
 */
export function lineReporter(mocha: typeof Mocha): typeof Mocha.reporters.Base {
  return class LineReporter extends mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_RUN_END } = mocha.Runner.constants;
      const result: SuiteResult = { passed: 0, failed: 0, tests: [] };
      // console.log is what reaches the harness from the extension host (codeAutomationLog).
      runner.on(EVENT_TEST_PASS, (test) => {
        result.passed++;
        result.tests.push({ title: test.fullTitle(), state: 'passed', ms: test.duration ?? 0 });
        console.log(`  ok    ${test.fullTitle()} (${test.duration} ms)`);
      });
      runner.on(EVENT_TEST_FAIL, (test, err: Error) => {
        result.failed++;
        result.tests.push({ title: test.fullTitle(), state: 'failed', ms: test.duration ?? 0, error: err.message });
        console.log(`  FAIL  ${test.fullTitle()}\n        ${(err.stack ?? err.message).split('\n').slice(0, 6).join('\n        ')}`);
      });
      runner.once(EVENT_RUN_END, () => console.log(RESULT_MARKER + JSON.stringify(result)));
    }
  };
}
