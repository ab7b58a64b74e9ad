// Bundles what the web worker extension host loads for the web tier into test/e2e-web/out/: the suite
// (tests from test/e2e/suite with mocha's browser build) and the workspace mount extension.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./', import.meta.url));
const out = `${here}out/`;

/** A web worker has no node:assert; the tests get the `assert` package's strict mode, the same API. */
const strictAssert = {
  name: 'strict-assert',
  setup(b) {
    b.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: 'assert-strict', namespace: 'strict-assert' }));
    b.onLoad({ filter: /.*/, namespace: 'strict-assert' }, () => ({ contents: "module.exports = require('assert').strict;", resolveDir: here, loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  // The extension host supplies `vscode` to the CommonJS modules it loads.
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
};

export async function buildWebSuite() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(`${out}mount`, { recursive: true });
  writeFileSync(`${out}package.json`, JSON.stringify({ type: 'commonjs' }) + '\n');
  await Promise.all([
    build({
      ...common,
      entryPoints: [`${here}suite/index.ts`],
      outfile: `${out}suite/index.js`,
      plugins: [strictAssert],
      // The `util` package under `assert` reads this at load time; a worker has no `process`.
      define: { 'process.env.NODE_DEBUG': 'false' },
      mainFields: ['browser', 'module', 'main'],
    }),
    build({ ...common, entryPoints: [`${here}mount/extension.ts`], outfile: `${out}mount/extension.js` }),
  ]);
  copyFileSync(`${here}mount/package.json`, `${out}mount/package.json`);
  return { suite: `${out}suite/index.js`, mount: `${out}mount` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await buildWebSuite()));
