import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './runCliProcess';

/** The shared GitLab corpus beside the project, when this machine has it. */
export const corpusRoot = join(projectRoot, '..', 'shared', 'corpus', 'gitlab');
export const corpusPresent = existsSync(corpusRoot);
export const corpusSkipReason = corpusPresent ? false : `skipped: the GitLab corpus is not at ${corpusRoot}`;
if (!corpusPresent) console.log(`# ${corpusSkipReason}`);
