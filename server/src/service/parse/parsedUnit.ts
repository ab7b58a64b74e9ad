import type { RootContent } from 'mdast';
import type { ParseUnit } from './blockSplit';

/** A stretch of the page that was not parsed, and why. */
export interface SkippedBlock {
  start: number;
  end: number;
  reason: 'size' | 'time';
}

/** A parse unit (see `groupBlocks`) as the parse goes: joined, split back, parsed or skipped. */
export interface Unit extends ParseUnit {
  /** Made from a group and not yet joined with anything: the parse from here on depends only on the text from here on. */
  fresh?: boolean;
  /** Split back from a unit that failed, or joined from such blocks: never split again. */
  solo?: boolean;
  /** Definitions prepended so references resolve as in the whole page; `undefined` until parsed. */
  prefix?: string;
  entry?: BlockEntry;
  skipped?: SkippedBlock['reason'];
}

/**
 * A parsed unit as cached: positions relative to `prefix + text`.
 *
 * Trees are read-only after parse. An entry's nodes are shared by every version of every page that
 * holds the unit, and so are the shifted copies `parseMarkdown` reuses and anything derived from them
 * per entry (see unitExtract.ts): code that receives a tree or a node must never change it.
 * test/corpus/readOnlyTrees.test.ts freezes them and runs every rule over corpus pages.
 */
export interface BlockEntry {
  children: RootContent[];
  prefixLength: number;
  prefixLines: number;
  /** Normalised labels of the definitions the unit itself holds (footnotes start with `^`). */
  definitions: string[];
}
