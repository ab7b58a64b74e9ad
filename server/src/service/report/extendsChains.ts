import type { PageFacts } from './pageFacts';

/** A role as the report names it: its page (as shown), line and title. */
export interface RolePlace {
  path: string;
  line: number;
  title: string;
}

/** A claim whose target is not there: no such page, or no such id on the page. */
export interface BrokenExtends {
  role: RolePlace;
  /** 1-based line of the claim. */
  line: number;
  target: string;
  reason: 'missing-page' | 'missing-anchor';
}

/** Roles whose extends claims lead back to where they started, in the order the claims lead. */
export interface ExtendsCycle {
  roles: RolePlace[];
}

export interface ExtendsChains {
  /** Claims with a link to follow. */
  claims: number;
  /** Claims that land on a page outside the report, or on an id the site makes at build time: not followed. */
  unfollowed: number;
  broken: BrokenExtends[];
  circular: ExtendsCycle[];
}

export interface ChainPage {
  path: string;
  facts: PageFacts;
}

type Landing = { kind: 'role'; page: number; role: number } | { kind: 'page' } | { kind: 'unfollowed' } | { kind: 'broken'; reason: BrokenExtends['reason'] };

/**
 * Follows every role's "Extends that of [X](target)" link across the report's pages. A target page
 * that exists outside the report (`exists`) is left unfollowed rather than called broken.
 */
export function followExtendsChains(pages: readonly ChainPage[], exists: (uri: string) => boolean): ExtendsChains {
  const byUri = new Map(pages.map((page, index) => [page.facts.uri, index]));
  const place = (page: number, role: number): RolePlace => {
    const fact = pages[page].facts.roles[role];
    return { path: pages[page].path, line: fact.line, title: fact.title };
  };
  const chains: ExtendsChains = { claims: 0, unfollowed: 0, broken: [], circular: [] };
  const edges = new Map<string, string[]>();
  pages.forEach((page, pageIndex) => {
    page.facts.roles.forEach((role, roleIndex) => {
      for (const claim of role.extends) {
        chains.claims++;
        const landing = land(claim.candidates, claim.fragment, pages, byUri, exists);
        if (landing.kind === 'unfollowed') chains.unfollowed++;
        else if (landing.kind === 'broken') chains.broken.push({ role: place(pageIndex, roleIndex), line: claim.line, target: claim.target, reason: landing.reason });
        else if (landing.kind === 'role') {
          const from = `${pageIndex}:${roleIndex}`;
          edges.set(from, [...(edges.get(from) ?? []), `${landing.page}:${landing.role}`]);
        }
      }
    });
  });
  chains.circular = findCycles(edges).map((cycle) =>
    ({ roles: cycle.map((key) => place(...(key.split(':').map(Number) as [number, number]))) }),
  );
  return chains;
}

function land(candidates: string[], fragment: string | null, pages: readonly ChainPage[], byUri: Map<string, number>, exists: (uri: string) => boolean): Landing {
  const page = candidates.map((uri) => byUri.get(uri)).find((index) => index !== undefined);
  if (page === undefined) return candidates.some(exists) ? { kind: 'unfollowed' } : { kind: 'broken', reason: 'missing-page' };
  const facts = pages[page].facts;
  if (fragment === null) return facts.roles.length === 1 ? { kind: 'role', page, role: 0 } : { kind: 'page' };
  if (!Object.hasOwn(facts.anchors, fragment)) return facts.generatedHeadings ? { kind: 'unfollowed' } : { kind: 'broken', reason: 'missing-anchor' };
  const role = facts.anchors[fragment];
  return role < 0 ? { kind: 'page' } : { kind: 'role', page, role };
}

/** One cycle per strongly connected group of roles (a role extending itself is one too), each started at its first role. */
function findCycles(edges: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  for (const group of stronglyConnected(edges)) {
    const members = new Set(group);
    const start = group.reduce((a, b) => (compareKeys(a, b) <= 0 ? a : b));
    if (group.length === 1 && !(edges.get(start) ?? []).includes(start)) continue;
    cycles.push(pathBack(start, start, edges, members, new Set()) ?? group);
  }
  return cycles.sort((a, b) => compareKeys(a[0], b[0]));
}

/** The roles on one way from `from` back to `goal` inside the group, `goal` not repeated. */
function pathBack(from: string, goal: string, edges: Map<string, string[]>, members: Set<string>, seen: Set<string>): string[] | undefined {
  seen.add(from);
  for (const next of edges.get(from) ?? []) {
    if (next === goal) return [from];
    if (!members.has(next) || seen.has(next)) continue;
    const rest = pathBack(next, goal, edges, members, seen);
    if (rest) return [from, ...rest];
  }
  return undefined;
}

/** Tarjan's strongly connected components, iterative so a long chain cannot overflow the stack. */
function stronglyConnected(edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flat()]);
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const out = edges.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const next = out[frame.next++];
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, next: 0 });
        } else if (onStack.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        groups.push(group);
      }
    }
  }
  return groups;
}

function compareKeys(a: string, b: string): number {
  const [pa, ra] = a.split(':').map(Number);
  const [pb, rb] = b.split(':').map(Number);
  return pa - pb || ra - rb;
}
