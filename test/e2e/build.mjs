// Bundles the extension-host suite to test/e2e/out/ (CommonJS, `vscode` left to the host). Not shipped in the .vsix.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const suite = fileURLToPath(new URL('./suite/', import.meta.url));
const out = fileURLToPath(new URL('./out/', import.meta.url));

export async function buildSuite() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The repository is ESM; these files are loaded with require() by the extension host.
  writeFileSync(`${out}package.json`, JSON.stringify({ type: 'commonjs' }) + '\n');
  const entries = readdirSync(suite).filter((n) => n === 'index.ts' || n.endsWith('.test.ts'));
  await build({
    entryPoints: entries.map((n) => suite + n),
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // ESM builds first: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot.
    mainFields: ['module', 'main'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // Mocha's parallel mode resolves worker files at run time; this suite runs serially.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return `${out}index.js`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await buildSuite());
