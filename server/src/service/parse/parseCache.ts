import { BlockTreeCache } from './blockTreeCache';
import type { BlockEntry } from './parsedUnit';

/** Characters of unit source whose trees a service keeps by default: an open large handbook page and its neighbours. */
export const DEFAULT_TREE_CACHE_CHARS = 2_000_000;

/**
 * What parses share across pages and versions: trees of recently parsed units by content, so an edit
 * re-parses only the unit it touched. Each service owns one; a parse given none keeps nothing.
 */
export class ParseCache {
  readonly trees: BlockTreeCache<BlockEntry>;
  /** How units got their trees: built as plain markdown, or by the parser (tests and the benchmark read it). */
  readonly treeSources = { plain: 0, parser: 0 };
  /** How open pages' versions were parsed: reusing the previous version's units, or whole (tests and the benchmark read it). */
  readonly parseRuns = { reused: 0, whole: 0 };

  constructor(maxTreeChars = DEFAULT_TREE_CACHE_CHARS) {
    this.trees = new BlockTreeCache<BlockEntry>(maxTreeChars);
  }
}
