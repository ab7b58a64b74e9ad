import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from '../../helpers/corpus';
import { corpusPages } from './corpusFindings';
import { frontMatterTitle } from './familyKey';
import { groupFamilies } from './corpusFamilies';
import { drawSplit, referencePages } from './drawSplit';
import type { CorpusSplit } from './corpusSplit';

/** The corpus notes page: not a job family, kept with the reference pages in tuning. */
export const CORPUS_NOTES = 'SOURCES.md';

/** The split the corpus gives with this seed: families from the pages, reference pages and the notes forced to tuning. */
export function computeSplit(seed: number): { split: CorpusSplit; forced: Set<string> } {
  const pages = corpusPages().map((path) => ({ path, title: frontMatterTitle(readFileSync(join(corpusRoot, path), 'utf8')) }));
  const forced = referencePages(readFileSync(join(corpusRoot, CORPUS_NOTES), 'utf8'));
  forced.add(CORPUS_NOTES);
  return { split: drawSplit(groupFamilies(pages), forced, seed), forced };
}
