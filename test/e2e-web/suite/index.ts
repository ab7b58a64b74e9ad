// The web worker extension host's test entry (export run(), as the desktop suite's): the same test
// files as test/e2e/suite, bundled with mocha's browser build, since a web worker cannot read a folder.
import 'mocha/mocha.js';
import type Mocha from 'mocha';
import { lineReporter } from '../../e2e/suite/lineReporter';

// mocha's browser build sets the globals `mocha` (declared by @types/mocha) and `Mocha`.
declare const self: { Mocha: typeof Mocha };

/** What the web worker host can run: the node suite's restart test watches node processes, so it stays there. */
function loadTests(): void {
  // Activation must be observed before any markdown page is open, so that file runs first.
  require('../../e2e/suite/activation.test');
  require('../../e2e/suite/definition.test');
  require('../../e2e/suite/diagnostics.test');
  require('../../e2e/suite/hover.test');
  require('../../e2e/suite/ladderConfig.test');
  require('../../e2e/suite/quickFix.test');
  require('../../e2e/suite/rename.test');
  require('../../e2e/suite/snippet.test');
}

export function run(): Promise<void> {
  const { Mocha } = self;
  mocha.setup({ ui: 'tdd', timeout: 90_000, reporter: lineReporter(Mocha), color: false });
  // The tests register with the globals setup() made (suite, test, teardown), so they load after it.
  loadTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => (failures ? reject(new Error(`${failures} end-to-end tests failed`)) : resolve()));
  });
}
