import type { RoleDocsService } from '../roleDocsService';
import type { RoleDocument } from '../document/model';
import type { RuleContext } from '../rules/ruleTypes';
import { createRuleContext } from '../check/ruleContext';

/** The ladder as this page reads it: its family's grades and memoised title classification. */
export type LadderView = Pick<RuleContext, 'ladder' | 'family' | 'classify' | 'gradeOf' | 'levelOfRole'>;

export function ladderViewFor(service: RoleDocsService, document: RoleDocument): LadderView {
  return createRuleContext(document, service.config.ladder, service.displayPath(document.uri), { byLinkOffset: new Map() }, {});
}
