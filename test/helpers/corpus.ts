import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './runCliProcess';

/** The shared GitLab corpus beside the project. */
export const corpusRoot = join(projectRoot, '..', 'shared', 'corpus', 'gitlab');
export const corpusPresent = existsSync(corpusRoot);

/** First line of every corpus test: without the corpus the test fails, naming where it looked, instead of passing empty. */
export function assertCorpusPresent(): void {
  if (!corpusPresent) throw new Error(`the GitLab corpus is not at ${corpusRoot}: the corpus tier checks those pages and cannot run without them`);
}
