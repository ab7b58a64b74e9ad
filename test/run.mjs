// Runs every *.test.ts under test/ (except the in-editor suite) with Node's test runner.
// Node 20 has no glob support in `--test`, so the files are listed here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/protocol', 'test/corpus', 'test/robustness'];
// The judged corpus baseline is its own tier (`npm run test:corpus`): it fails until every finding is judged.
const judgedTier = new Set(['test/corpus/precision.test.ts', 'test/corpus/split.test.ts']);
const skipJudged = !process.argv.slice(2).length;
if (skipJudged) console.log(`# not run here (npm run test:corpus): ${[...judgedTier].join(', ')}`);
const files = [];
const walk = (dir) => {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts') && !(skipJudged && judgedTier.has(path.split('\\').join('/')))) files.push(path);
  }
};
for (const root of roots) statSync(root, { throwIfNoEntry: false })?.isFile() ? files.push(root) : walk(root);
if (!files.length) {
  console.error('No test files found under', roots.join(', '));
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
