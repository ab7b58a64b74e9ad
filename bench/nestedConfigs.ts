// What the server pays at start (and when a .role-docs.json appears or goes) to find the
// configuration files below a workspace folder, against the markdown walk it needs anyway (medians).
//   node --import tsx bench/nestedConfigs.ts [--corpus DIR] [--runs N]
import { resolve } from 'node:path';
import { NodeWorkspace, uriFromPath } from '../server/src/node/nodeWorkspace';
import { nestedConfigFolders } from '../server/src/common/nestedConfigs';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const corpus = resolve(option('--corpus', '../shared/corpus/gitlab'));
const runs = Number(option('--runs', '7'));

async function median(work: (workspace: NodeWorkspace) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh workspace each run: nothing remembered from the run before.
    const workspace = new NodeWorkspace([corpus]);
    const start = performance.now();
    await work(workspace);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const found = await nestedConfigFolders(uriFromPath(corpus), new NodeWorkspace([corpus]));
const discovery = await median((workspace) => nestedConfigFolders(uriFromPath(corpus), workspace));
const walk = await median((workspace) => workspace.findMarkdownFiles());
console.log(`${corpus}: ${found.length} nested .role-docs.json; discovery ${discovery.toFixed(1)} ms, markdown walk alone ${walk.toFixed(1)} ms (median of ${runs})`);
