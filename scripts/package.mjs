// `npm run package`: production bundles, then role-docs-<version>.vsix with vsce (no node_modules:
// everything the extension runs is bundled into dist/). .vscodeignore lists what ships.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['esbuild.mjs', '--production']);

// vsce refuses a manifest with npm's "files" list beside a .vscodeignore, and the npm package and the
// .vsix ship different things; so vsce packages a copy of the project whose manifest has no "files".
const NOT_COPIED = new Set(['node_modules', '.git', 'test-output', 'out', '.role-docs-cache', '.tmp']);
const stage = mkdtempSync(join(tmpdir(), 'role-docs-vsix-'));
cpSync('.', stage, { recursive: true, filter: (path) => !NOT_COPIED.has(basename(path)) && !path.endsWith('.vsix') });
const { files: _npmFiles, ...manifest } = pkg;
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

const vsix = resolve(`${pkg.name}-${pkg.version}.vsix`);
const args = ['package', '--no-dependencies', '--out', vsix];
const repo = String(pkg.repository?.url ?? pkg.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
if (!repo) {
  // No public home yet: README links stay relative, which VS Code's extension page resolves inside
  // the .vsix; a Marketplace page needs "repository" set so they become absolute.
  args.push('--allow-missing-repository', '--no-rewrite-relative-links');
  console.log('package.json names no repository: the README keeps relative links (set "repository", "homepage" and "bugs" before publishing).');
} else if (!/^https:\/\/(github\.com|gitlab\.com)\//.test(repo)) {
  // vsce makes README links absolute only for GitHub and GitLab remotes; any other forge gives its raw and blob URLs.
  args.push('--baseContentUrl', `${repo}/blob/HEAD/`, '--baseImagesUrl', `${repo}/raw/HEAD/`);
}
run(process.platform === 'win32' ? 'vsce.cmd' : 'vsce', args, stage);
rmSync(stage, { recursive: true, force: true });
console.log(`${basename(vsix)}: ${statSync(vsix).size} bytes`);
