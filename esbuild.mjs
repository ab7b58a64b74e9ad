// Bundles the CLI, the language servers and the VS Code client. Types are checked by `tsc --noEmit`.
import { build, context } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: { ROLE_DOCS_VERSION: JSON.stringify(pkg.version) },
};

/** Leaves the CLI's engine (`./engine` in loadEngine.ts) to run time, as `./cliEngine.js` beside dist/cli.js. */
const cliEngineApart = {
  name: 'cli-engine-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/engine$/ }, (args) => (args.importer.endsWith('loadEngine.ts') ? { path: './cliEngine.js', external: true } : undefined));
  },
};

/** Each entry: where it starts, where it goes, and where it runs. Missing sources are skipped until they exist. */
const entries = [
  // The CLI starts from a small bundle; the engine is its own file, loaded only when pages need checking.
  { in: 'server/src/cli/bin.ts', out: 'dist/cli.js', platform: 'node', banner: '#!/usr/bin/env node', plugins: [cliEngineApart] },
  { in: 'server/src/cli/engine.ts', out: 'dist/cliEngine.js', platform: 'node' },
  { in: 'server/src/node/main.ts', out: 'dist/server.js', platform: 'node', banner: '#!/usr/bin/env node' },
  // A web worker has no DOM: the 'worker' condition picks packages' DOM-free builds (entity decoding in micromark).
  { in: 'server/src/browser/main.ts', out: 'dist/browser/server.js', platform: 'browser', format: 'iife', conditions: ['worker'] },
  { in: 'client/src/extension.ts', out: 'dist/client.js', platform: 'node', external: ['vscode'] },
  { in: 'client/src/browser.ts', out: 'dist/browser/client.js', platform: 'browser', external: ['vscode'] },
];

mkdirSync('dist', { recursive: true });
// The repository is ESM; the bundles are CommonJS, as VS Code and `bin` expect.
writeFileSync('dist/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');

const options = entries
  .filter((e) => existsSync(e.in))
  .map((e) => ({
    ...common,
    entryPoints: [e.in],
    outfile: e.out,
    platform: e.platform,
    format: e.format ?? 'cjs',
    target: e.platform === 'node' ? 'node20' : 'es2022',
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    mainFields: e.platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
    conditions: e.conditions,
    plugins: e.plugins,
  }));

if (watch) {
  for (const o of options) await (await context(o)).watch();
} else {
  await Promise.all(options.map((o) => build(o)));
  for (const bin of ['dist/cli.js', 'dist/server.js']) if (existsSync(bin)) chmodSync(bin, 0o755);
}
