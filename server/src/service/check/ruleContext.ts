import type { Link, Role, RoleDocument } from '../document/model';
import type { Ladder, LevelMatchResult } from '../ladder/types';
import { classifyTitle, familyFor, gradeOf } from '../ladder/classifyTitle';
import type { RuleContext } from '../rules/ruleTypes';

export interface LinkedDocuments {
  /** Resolved target of each cross-page link (by link start offset). */
  byLinkOffset: Map<number, { document: RoleDocument; displayPath: string }>;
}

/** Builds the context one rule run reads; classification is memoised across rules. */
export function createRuleContext(
  document: RoleDocument,
  ladder: Ladder,
  displayPath: string,
  linked: LinkedDocuments,
  options: Record<string, unknown>,
): RuleContext {
  const title = typeof document.frontMatter?.data?.title === 'string' ? document.frontMatter.data.title : undefined;
  const family = familyFor(ladder, displayPath, title);
  const classified = new Map<string, LevelMatchResult | undefined>();
  const classify = (text: string): LevelMatchResult | undefined => {
    if (!classified.has(text)) classified.set(text, classifyTitle(ladder, text));
    return classified.get(text);
  };
  const self = { document, displayPath };
  return {
    document,
    ladder,
    family,
    displayPath,
    options,
    linkedDocument(link: Link) {
      if (link.kind === 'fragment') return self;
      return linked.byLinkOffset.get(link.startOffset);
    },
    classify,
    gradeOf: (level) => gradeOf(ladder, level.id, family),
    levelOfRole: (role: Role) => classify(role.title),
  };
}
