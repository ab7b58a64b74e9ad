import { findNodeAtLocation, parse, parseTree, type Node } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import { dirnameUri, isInside, joinUri, relativeToRoots } from '../uriPath';
import { defaultLadder } from './defaultLadder';
import { ladderFromObject, parseLadderText, toProblem, type LoadedLadder } from './loadLadder';
import { ladderProblemsInWords } from './ladderProblemsInWords';
import type { ConfigProblem, Ladder } from './types';

/** How the loader reaches the files a ladder extends: the host's reader, and the folders it may read in. */
export interface LadderFiles {
  readText: (uri: string) => Promise<string | undefined>;
  /** Folders every ladder file must lie in; none given, any file the reader reaches. */
  roots?: readonly string[];
}

/** The most ladder files one chain of `extends` may hold, the first included. */
export const MAX_LADDER_CHAIN = 8;

const BUILT_IN = 'gitlab';

/** Where an `extends` value was written: the file, its text, and the value's node in it. */
interface ExtendsSite {
  uri: string;
  text: string;
  node: Node | undefined;
}

/**
 * Loads a ladder file and, when its `extends` names another ladder file (relative to it), that file
 * first, and so on up the chain. A base that is missing, outside the roots, part of a cycle or more
 * than MAX_LADDER_CHAIN files deep is a problem at the `extends`; a base with problems passes them on.
 * Problems are worded for the file they are in (levels named by id).
 */
export async function loadLadderFile(text: string, uri: string, files: LadderFiles): Promise<LoadedLadder> {
  return loadInChain(text, uri, files, [uri]);
}

/** Loads a ladder written inside `.role-docs.json` (`configText`); its `extends` path is relative to that file. */
export async function loadInlineLadder(value: unknown, configUri: string, configText: string, files: LadderFiles): Promise<LoadedLadder> {
  const root = parseTree(configText, [], { allowTrailingComma: true });
  const site = { uri: configUri, text: configText, node: root && findNodeAtLocation(root, ['ladder', 'extends']) };
  const base = await baseLadder(extendsOf(value), site, files, []);
  if ('problems' in base) return { ladder: defaultLadder, problems: base.problems };
  const loaded = ladderFromObject(value, configUri, configText, base.ladder);
  return { ...loaded, problems: ladderProblemsInWords(loaded.problems, { value }) };
}

async function loadInChain(text: string, uri: string, files: LadderFiles, chain: string[]): Promise<LoadedLadder> {
  const value: unknown = parse(text, [], { allowTrailingComma: false });
  const root = parseTree(text);
  const site = { uri, text, node: root && findNodeAtLocation(root, ['extends']) };
  const base = await baseLadder(extendsOf(value), site, files, chain);
  if ('problems' in base) return { ladder: defaultLadder, problems: base.problems };
  const loaded = parseLadderText(text, uri, base.ladder);
  return { ...loaded, problems: ladderProblemsInWords(loaded.problems, { text }) };
}

function extendsOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>).extends : undefined;
}

/** The ladder `extends` starts from; the built-in one when it names no file (the schema reports a bad value). */
async function baseLadder(target: unknown, site: ExtendsSite, files: LadderFiles, chain: string[]): Promise<{ ladder: Ladder } | { problems: ConfigProblem[] }> {
  if (typeof target !== 'string' || target === BUILT_IN || !/\.jsonc?$/.test(target)) return { ladder: defaultLadder };
  const fail = (message: string) => ({ problems: [toProblem(site.uri, new LineIndex(site.text), { offset: site.node?.offset ?? 0, length: site.node?.length ?? 0 }, message)] });
  const named = (uri: string) => relativeToRoots(uri, files.roots ?? [dirnameUri(chain[0] ?? site.uri)]);
  const baseUri = joinUri(dirnameUri(site.uri), target);
  if (!baseUri || (files.roots && !files.roots.some((root) => isInside(baseUri, root)))) {
    return fail(`The ladder file '${target}' that this ladder extends is outside the workspace, and only files inside it are read: move it into the workspace and give its path relative to this file.`);
  }
  if (chain.includes(baseUri)) {
    const cycle = [...chain.slice(chain.indexOf(baseUri)), baseUri].map(named).join(' → ');
    return fail(`extends '${target}' makes a cycle (${cycle}): a ladder cannot extend itself, even through other files.`);
  }
  if (chain.length >= MAX_LADDER_CHAIN) {
    return fail(`extends '${target}' makes a chain of more than ${MAX_LADDER_CHAIN} ladder files (${[...chain, baseUri].map(named).join(' → ')}): merge some of them.`);
  }
  const baseText = await files.readText(baseUri);
  if (baseText === undefined) return fail(`Cannot read the ladder file '${target}' that this ladder extends: check that it exists inside the workspace; its path is relative to this file.`);
  const loaded = await loadInChain(baseText, baseUri, files, [...chain, baseUri]);
  return loaded.problems.length ? { problems: loaded.problems } : { ladder: loaded.ladder };
}
