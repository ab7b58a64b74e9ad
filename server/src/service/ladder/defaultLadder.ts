import gitlabLadderJson from '../../../../schemas/ladders/gitlab.json';
import { normalizeLadder, type LadderFile } from './normalizeLadder';
import type { Ladder } from './types';

const { $schema: _schemaLink, ...ladder } = gitlabLadderJson;

/**
 * GitLab's ladder (schemas/ladders/gitlab.json). It is validated by the test suite, not at start-up:
 * compiling the schema validator costs more than checking a page, and only user ladders need it.
 */
export const defaultLadder: Ladder = normalizeLadder(ladder as unknown as LadderFile);
