import gitlabLadderJson from '../../../../schemas/ladders/gitlab.json';
import type { InclusiveTerm } from './types';

/** The built-in inclusive-language terms: a ladder that lists none gets these rather than none. */
export const defaultInclusiveTerms: InclusiveTerm[] = gitlabLadderJson.inclusiveLanguage;
