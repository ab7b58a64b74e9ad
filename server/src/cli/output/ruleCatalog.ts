import { type RuleInfo, rules, systemRules } from '../../service';

/** Every id a finding can carry: the page rules, then the engine's own, in id order. */
export function ruleCatalog(): RuleInfo[] {
  return [...rules, ...systemRules].sort((a, b) => a.id.localeCompare(b.id));
}
