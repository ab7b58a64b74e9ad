// Every role of the corpus that has extends claims, expanded: how many lines it inherits, where
// chains stop and why, and the time the walks take once the index is built.
//   node --import tsx bench/effectiveRoles.ts [--corpus DIR]
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCheckService } from '../server/src/cli/checkService';
import { effectiveRole, WorkspaceIndex, workspaceRoleSources } from '../server/src/service';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--corpus');
const corpus = resolve(project, at >= 0 ? process.argv[at + 1] : '../shared/corpus/gitlab');
if (!existsSync(corpus)) {
  console.log(`bench:effectiveRoles skipped: no corpus at ${corpus}`);
  process.exit(0);
}
const { service, workspace } = await createCheckService({ root: corpus, roots: [corpus], cwd: corpus }, () => {});
const index = new WorkspaceIndex(service);
await index.ready();
const uris = await workspace.findMarkdownFiles();
const stops = new Map<string, number>();
const counted = new Set<string>();
let roles = 0;
let extending = 0;
let inherited = 0;
let own = 0;
let walkMs = 0;
for (const uri of uris) {
  const document = await service.store.load(uri);
  for (const role of document?.roles ?? []) {
    roles++;
    if (!role.extendsClaims.length) continue;
    extending++;
    const started = performance.now();
    const effective = await effectiveRole(document!, role, workspaceRoleSources(service, index));
    walkMs += performance.now() - started;
    for (const entry of effective.sections.flatMap((s) => s.entries)) {
      if (entry.kind === 'inherited') inherited++;
      else if (entry.kind === 'own') own++;
      // A claim met through several roles' chains is one stop.
      else if (!counted.has(`${entry.uri}:${entry.line}:${entry.reason}`)) {
        counted.add(`${entry.uri}:${entry.line}:${entry.reason}`);
        stops.set(entry.reason, (stops.get(entry.reason) ?? 0) + 1);
      }
    }
  }
}
console.log(`${uris.length} pages, ${roles} roles, ${extending} with extends claims: ${inherited} inherited lines, ${own} own lines`);
console.log(`claims where a chain stops: ${[...stops].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`).join(', ')}`);
console.log(`walks: ${Math.round(walkMs)} ms in all, ${(walkMs / Math.max(1, extending)).toFixed(2)} ms per role`);
