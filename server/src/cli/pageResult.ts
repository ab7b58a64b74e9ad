import type { PageFacts, ResolvedFinding } from '../service';

/** One page's findings as the engine computed them, with what the findings cache needs to reuse them. */
export interface PageResult {
  uri: string;
  findings: ResolvedFinding[];
  /** Hash of the text that was checked; null when the page could not be read. */
  hash: string | null;
  /** Every other file the check read (uri → hash, null when absent); undefined when the findings cannot be cached. */
  deps?: [string, string | null][];
  /** What the handbook report reads of the page, when the run asked for it. */
  facts?: PageFacts;
}

/** What the run's configuration was read from: path → hash, null when absent. */
export interface ConfigInputs {
  files: [string, string | null][];
}
