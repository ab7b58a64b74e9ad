import type { Finding } from '../../types';
import type { RoleDocument } from '../../document/model';
import { matchCase } from '../proseMatches';

/** Extends claims whose opening word misspells "Extends" ("Exends that of …"): read as claims, reported as typos. */
export function misspelledExtends(ruleId: string, document: RoleDocument): Finding[] {
  return document.extendsClaims.flatMap((claim): Finding[] => {
    if (!claim.keyword || !claim.keywordRange) return [];
    const replacement = matchCase(/s$/i.test(claim.keyword) ? 'extends' : 'extend', claim.keyword);
    return [{
      ruleId,
      range: claim.keywordRange,
      message: `Misspelled '${claim.keyword}' in the extends claim: write '${replacement}'.`,
      fixes: [{ title: `Change '${claim.keyword}' to '${replacement}'`, edits: [{ range: claim.keywordRange, newText: replacement }], safe: true, preferred: true }],
      data: { word: claim.keyword, replacement },
    }];
  });
}
