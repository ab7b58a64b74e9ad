import type { Finding, ResolvedFinding, Severity } from '../types';
import type { RoleDocument } from '../document/model';
import type { RoleDocsConfig } from '../config/configTypes';
import { findRule, rules as allRules } from '../rules';
import type { Rule } from '../rules/ruleTypes';
import { UNKNOWN_RULE_IN_COMMENT } from '../systemFindings';
import { suppressFindings } from '../suppression/suppressFindings';
import { createRuleContext, type LinkedDocuments } from './ruleContext';

/** Rules with this tag reason about the ladder. */
export const LADDER_TAG = 'ladder';

export interface RuleFailure {
  rule: Rule;
  error: unknown;
}

/**
 * Runs every enabled rule over one page, then drops what its comments suppress. A rule that throws is reported, never
 * fatal. Under a configuration with problems the ladder rules do not run.
 */
export function checkDocument(
  document: RoleDocument,
  config: RoleDocsConfig,
  displayPath: string,
  linked: LinkedDocuments,
  onRuleFailure?: (failure: RuleFailure) => void,
  rules: readonly Rule[] = allRules,
): ResolvedFinding[] {
  const out: ResolvedFinding[] = [];
  const shared = createRuleContext(document, config.ladder, displayPath, linked, {});
  // A configuration with problems has no ladder in force: rules about the ladder wait until it is fixed.
  const ladderInForce = !config.problems.length;
  for (const rule of rules) {
    if (!ladderInForce && rule.tags.includes(LADDER_TAG)) continue;
    const setting = config.rules.get(rule.id);
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const context = { ...shared, options: setting?.options ?? {} };
    let found: Finding[];
    try {
      found = rule.check(context);
    } catch (error) {
      onRuleFailure?.({ rule, error });
      continue;
    }
    for (const f of found) out.push({ ...f, rule: rule.alias, severity: severity as Severity, uri: document.uri });
  }
  const { kept, commentFindings } = suppressFindings(document, out, (name) => findRule(name)?.id, UNKNOWN_RULE_IN_COMMENT.id);
  const commentSeverity = config.rules.get(UNKNOWN_RULE_IN_COMMENT.id)?.severity ?? UNKNOWN_RULE_IN_COMMENT.defaultSeverity;
  if (commentSeverity !== 'off') {
    for (const f of commentFindings) kept.push({ ...f, rule: UNKNOWN_RULE_IN_COMMENT.alias, severity: commentSeverity, uri: document.uri });
  }
  return kept.sort(compareFindings);
}

export function compareFindings(a: ResolvedFinding, b: ResolvedFinding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
