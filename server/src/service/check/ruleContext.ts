import type { Link, Role, RoleDocument } from '../document/model';
import type { Ladder, LevelMatchResult } from '../ladder/types';
import { classifyTitle, familyFor, gradeOf } from '../ladder/classifyTitle';
import type { RuleContext } from '../rules/ruleTypes';
import { detached } from '../detached';
import { isRolePage } from '../roles/rolePage';

export interface LinkedDocuments {
  /** Resolved target of each cross-page link (by link start offset). */
  byLinkOffset: Map<number, { document: RoleDocument; displayPath: string }>;
}

/** Enough for every heading of a large handbook; past it the memo starts afresh rather than grow. */
const MAX_CLASSIFIED_TITLES = 20_000;
const classifiedByLadder = new WeakMap<Ladder, Map<string, LevelMatchResult | undefined>>();

/**
 * Classification depends on the ladder and the text only, and an edit leaves almost every heading
 * as it was: memoised per ladder, across rules, pages and versions, it is not redone per keystroke.
 */
export function classifyMemo(ladder: Ladder): (text: string) => LevelMatchResult | undefined {
  let classified = classifiedByLadder.get(ladder);
  if (!classified) classifiedByLadder.set(ladder, (classified = new Map()));
  const memo = classified;
  return (text) => {
    if (memo.has(text)) return memo.get(text);
    if (memo.size >= MAX_CLASSIFIED_TITLES) memo.clear();
    const found = classifyTitle(ladder, text);
    // Detached copies: a heading's text is a view into its page, which the memo must not keep alive.
    const result = found?.matched === undefined ? found : { ...found, matched: detached(found.matched) };
    memo.set(detached(text), result);
    return result;
  };
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
  const classify = classifyMemo(ladder);
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
    classify,
    gradeOf: (level) => gradeOf(ladder, level.id, family),
    levelOfRole: (role: Role) => role.level ?? classify(role.title),
  };
}
