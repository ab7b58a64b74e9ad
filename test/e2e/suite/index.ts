// The extension-host entry (@vscode/test-electron's contract: export run()). Both runners load it:
// `npm run test:vscode` (desktop VS Code) and `npm run test:e2e` (code-server, via the payload URL).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { lineReporter } from './lineReporter';

/** Activation must be observed before any markdown page is open, so that file runs first. */
const FIRST = 'activation.test.js';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 90_000, reporter: lineReporter(Mocha), color: false });
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
