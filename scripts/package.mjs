// `npm run package`: production bundles, then role-docs-<version>.vsix with vsce (no node_modules:
// everything the extension runs is bundled into dist/). .vscodeignore lists what ships.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['esbuild.mjs', '--production']);

const vsix = `${pkg.name}-${pkg.version}.vsix`;
const args = ['package', '--no-dependencies', '--out', vsix];
// vsce makes README links absolute only for GitHub and GitLab remotes; for any other forge it is told
// the repository's raw and blob URLs, so the README's links and pictures work in the Marketplace.
const repo = String(pkg.repository?.url ?? pkg.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
if (repo && !/^https:\/\/(github\.com|gitlab\.com)\//.test(repo)) {
  args.push('--baseContentUrl', `${repo}/blob/HEAD/`, '--baseImagesUrl', `${repo}/raw/HEAD/`);
}
run(process.platform === 'win32' ? 'vsce.cmd' : 'vsce', args);
console.log(`${vsix}: ${statSync(vsix).size} bytes`);
