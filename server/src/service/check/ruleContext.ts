import type { Link, Role, RoleDocument } from '../document/model';
import type { Ladder } from '../ladder/types';
import { familyFor, gradeOf } from '../ladder/classifyTitle';
import { roleModelFor } from '../roles/roleModel';
import type { RuleContext } from '../rules/ruleTypes';
import { isRolePage } from '../roles/rolePage';

export interface LinkedDocuments {
  /** Resolved target of each cross-page link (by link start offset). */
  byLinkOffset: Map<number, { document: RoleDocument; displayPath: string }>;
  /** Titles other pages of the workspace give roles, among those the page names without a link (see RuleContext). */
  rolesElsewhere?: ReadonlySet<string>;
}

/** Builds the context one rule run reads. */
export function createRuleContext(
  document: RoleDocument,
  ladder: Ladder,
  displayPath: string,
  linked: LinkedDocuments,
  options: Record<string, unknown>,
): RuleContext {
  const title = typeof document.frontMatter?.data?.title === 'string' ? document.frontMatter.data.title : undefined;
  const family = familyFor(ladder, displayPath, title);
  // One memo per ladder, shared with the role model that found the page's roles.
  const classify = roleModelFor(ladder).classify;
  const self = { document, displayPath };
  return {
    document,
    ladder,
    family,
    displayPath,
    options,
    rolePage: isRolePage(document, ladder, displayPath),
    linkedDocument(link: Link) {
      if (link.kind === 'fragment') return self;
      return linked.byLinkOffset.get(link.startOffset);
    },
    rolesElsewhere: linked.rolesElsewhere,
    classify,
    gradeOf: (level) => gradeOf(ladder, level.id, family),
    levelOfRole: (role: Role) => role.level ?? classify(role.title),
  };
}
