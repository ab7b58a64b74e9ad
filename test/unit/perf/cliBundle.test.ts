import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Plugin } from 'esbuild';
import { projectRoot } from '../architecture/sourceImports';

/** As esbuild.mjs bundles the CLI: the engine (`./engine`) left to run time, as its own file. */
const engineApart: Plugin = {
  name: 'cli-engine-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/engine$/ }, (args) => (args.importer.endsWith('loadEngine.ts') ? { path: './cliEngine.js', external: true } : undefined));
  },
};

test('the CLI\'s first bundle takes from the service only what it uses through the door, not the engine', async () => {
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: ['server/src/cli/bin.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    outfile: 'cli.js',
    metafile: true,
    logLevel: 'silent',
    define: { ROLE_DOCS_VERSION: '"0.0.0"' },
    plugins: [engineApart],
  });
  const [output] = Object.values(result.metafile.outputs);
  const fromService = Object.keys(output.inputs).filter((input) => input.startsWith('server/src/service/'));
  // The package declares no side effects: importing a constant from service/index.ts keeps only the constant
  // (the config file's name for every command; `init`'s did-you-mean for a mistyped --shape).
  assert.deepEqual(fromService.sort(), ['server/src/service/config/configTypes.ts', 'server/src/service/config/didYouMean.ts', 'server/src/service/index.ts']);
  assert.ok(!Object.keys(output.inputs).some((input) => input.includes('node_modules/remark')), 'no markdown parser in the first bundle');
});
