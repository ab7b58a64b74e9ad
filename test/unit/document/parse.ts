import { ParseCache } from '../../../server/src/service/parse/parseCache';
import { buildRoleDocument } from '../../../server/src/service/document/buildRoleDocument';
import { createSectionMatcher } from '../../../server/src/service/document/sectionMatcher';
import { roleModelFor } from '../../../server/src/service/roles/roleModel';
import { slugProfiles, type SlugProfileName } from '../../../server/src/service/document/slug';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';
import { gradeLinkTest } from '../../../server/src/service/rules/gradeLink';
import type { RoleDocument } from '../../../server/src/service/document/model';

/** The model of one page, as the service would build it. */
export function parse(text: string, profile: SlugProfileName = 'github'): RoleDocument {
  return buildRoleDocument('file:///ws/page.md', 1, text, {
    slugProfile: slugProfiles[profile],
    matchSection: createSectionMatcher(defaultLadder.sectionVocabulary),
    roleModel: roleModelFor(defaultLadder),
    parseCache: new ParseCache(),
    isGradeLink: gradeLinkTest(defaultLadder.gradeLinks),
  });
}

export function range(line: number, start: number, endLine: number, end: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export const ids = (doc: RoleDocument): string[] => doc.headings.map((h) => h.id);
