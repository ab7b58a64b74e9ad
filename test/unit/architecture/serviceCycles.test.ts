import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importsOf, isInside, sourceFiles } from './sourceImports';

const SERVICE = 'server/src/service';

type Graph = Map<string, string[]>;

/** Relative imports between service files, as edges from importer to imported (type imports count: they are arrows of the design). */
function serviceGraph(): Graph {
  return new Map(
    sourceFiles(SERVICE).map((file) => [file, [...new Set(importsOf(file).flatMap((i) => (i.target && isInside(i.target, SERVICE) ? [i.target] : [])))]]),
  );
}

/** One cycle of the graph as the files along it (first repeated last), or undefined when there is none. */
function findCycle(graph: Graph): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of [...graph.keys()].sort()) {
    if (state.has(file)) continue;
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

function withoutEdges(graph: Graph, edges: string[]): Graph {
  return new Map([...graph].map(([from, targets]) => [from, targets.filter((to) => !edges.includes(`${from} -> ${to}`))]));
}

test('Architecture Invariant: the service has no import cycle', () => {
  const cycle = findCycle(serviceGraph());
  assert.equal(cycle, undefined, `an import cycle: ${cycle?.join(' -> ')}`);
});

test('the cycle finder finds a cycle through any number of files and none in a tree', () => {
  const graph: Graph = new Map([
    ['a', ['b', 'd']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', []],
  ]);
  assert.deepEqual(findCycle(graph), ['a', 'b', 'c', 'a']);
  assert.deepEqual(findCycle(new Map([['x', ['x']]])), ['x', 'x']);
  assert.equal(findCycle(withoutEdges(graph, ['c -> a'])), undefined);
});
