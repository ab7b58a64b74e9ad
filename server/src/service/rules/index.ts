import type { Rule } from './ruleTypes';
import { brokenAnchor } from './brokenAnchor';
import { extendsTarget } from './ladder/extendsTarget';
import { gradeMismatch } from './ladder/gradeMismatch';
import { gradeOrder } from './ladder/gradeOrder';
import { missingSection } from './ladder/missingSection';
import { misspelledSection } from './misspelledSection';
import { placeholder } from './placeholder';
import { emptySection } from './emptySection';
import { headingIncrement } from './headingIncrement';
import { frontMatterProblems } from './frontMatterProblems';
import { mojibake } from './mojibake';
import { requiredPhrase } from './ladder/requiredPhrase';
import { gradeLink } from './gradeLink';
import { malformedLink } from './malformedLink';
import { inclusiveLanguage } from './inclusiveLanguage';
import { parseLimit } from './parseLimit';
import { unknownLevel } from './ladder/unknownLevel';
import { levelStatementMismatch } from './ladder/levelStatementMismatch';
import { extendsMismatch } from './ladder/extendsMismatch';

/** Every rule, in id order. The config schema and docs/rules are generated from this list. */
export const rules: readonly Rule[] = [
  brokenAnchor,
  extendsTarget,
  gradeMismatch,
  gradeOrder,
  missingSection,
  misspelledSection,
  placeholder,
  emptySection,
  headingIncrement,
  frontMatterProblems,
  mojibake,
  requiredPhrase,
  gradeLink,
  malformedLink,
  inclusiveLanguage,
  unknownLevel,
  levelStatementMismatch,
  extendsMismatch,
  parseLimit,
];

const byName = new Map<string, Rule>();
for (const rule of rules) {
  byName.set(rule.id.toLowerCase(), rule);
  byName.set(rule.alias, rule);
}

/** A rule by id (`RD001`, any case) or alias (`broken-anchor`). */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.trim().toLowerCase());
}
