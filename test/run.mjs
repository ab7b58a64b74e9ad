// Runs test tiers (or single files and folders) with Node's test runner, in one test process:
// one entry module imports every chosen test file, because starting tsx per file cost more than most tests.
// A file whose first line is `// own process: <why>` runs in a process of its own beside it.
//
//   node test/run.mjs unit protocol        the fast tiers (`npm test`)
//   node test/run.mjs corpus               one tier: unit, protocol, corpus or robustness
//   node test/run.mjs test/unit/rules      a folder or a file
//   node test/run.mjs unit --test-reporter=spec   options starting with -- go to node (durations per test)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tierFolders = { unit: 'test/unit', protocol: 'test/protocol', corpus: 'test/corpus', robustness: 'test/robustness', report: 'test/report' };
const corpusRoot = join(projectRoot, '..', 'shared', 'corpus', 'gitlab');
const OWN_PROCESS = '// own process:';

const nodeOptions = process.argv.slice(2).filter((a) => a.startsWith('--'));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!args.length) {
  console.error(`Usage: node test/run.mjs <${Object.keys(tierFolders).join('|')}|folder|file>...`);
  process.exit(2);
}
// The corpus tier exists to check the real pages: without them it fails, it never passes empty.
if (args.includes('corpus') && !existsSync(corpusRoot)) {
  console.error(`corpus tier: FAILED before running: the GitLab corpus is not at ${corpusRoot}.`);
  console.error('Put the corpus there (the shared folder beside the project), or run the other tiers.');
  process.exit(1);
}

const files = [];
const walk = (path) => {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new Error(`No such test tier, folder or file: ${path}`);
  if (stat.isFile()) return void files.push(path);
  for (const name of readdirSync(path).sort()) {
    const child = join(path, name);
    if (statSync(child).isDirectory()) walk(child);
    else if (name.endsWith('.test.ts')) files.push(child);
  }
};
for (const arg of args) walk(resolve(projectRoot, tierFolders[arg] ?? arg));
if (!files.length) {
  console.error('No test files found under', args.join(', '));
  process.exit(1);
}

// A file that starts with `// own process:` (and says why) gets a test process of its own.
const ownProcess = (file) => readFileSync(file, 'utf8').startsWith(OWN_PROCESS);
const shared = files.filter((f) => !ownProcess(f));
const apart = files.filter(ownProcess);

// Static imports, in path order: a file that fails to load fails the run, naming the file.
const entryDir = mkdtempSync(join(tmpdir(), 'role-docs-tests-'));
const entry = join(entryDir, 'allTests.mjs');
writeFileSync(entry, shared.map((f) => `import ${JSON.stringify(pathToFileURL(f).href)};`).join('\n') + '\n');
// One runner over both: node reports every file's tests under one standard summary.
const testFiles = [...(shared.length ? [entry] : []), ...apart];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...nodeOptions, ...testFiles], { stdio: 'inherit', cwd: projectRoot });
rmSync(entryDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
