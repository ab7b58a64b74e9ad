import type { ResolvedFinding } from './types';
import type { RuleInfo } from './rules/ruleTypes';

/** A finding the engine itself reports (about files, config or comments), documented like a rule. */
export interface SystemRule extends RuleInfo {
  /** Whether `.role-docs.json` may set its severity. */
  readonly configurable: boolean;
}

export const UNREADABLE_FILE: SystemRule = {
  id: 'RD000',
  alias: 'unreadable-file',
  description: 'A selected file cannot be checked: it is unreadable, binary, not UTF-8 or too large.',
  tags: ['files'],
  defaultSeverity: 'error',
  fixable: false,
  example: 'job-families/data-engineer.md saved as UTF-16 (it starts with the bytes FF FE), or a 30 MB export renamed .md',
  correctExample: 'job-families/data-engineer.md saved as UTF-8, with or without a BOM, a page-sized file',
  exampleLanguage: 'text',
  configurable: false,
};

export const INVALID_CONFIG: SystemRule = {
  id: 'RD100',
  alias: 'invalid-config',
  description: 'The .role-docs.json file or the ladder it names has a problem: the CLI stops with exit status 2 and checks no page; the editor shows it in that file and turns the ladder rules off until it is fixed.',
  tags: ['config'],
  defaultSeverity: 'error',
  fixable: false,
  example: '{\n  "slugProfile": "kramdown",\n  "rules": { "broken-ancor": "off" }\n}',
  correctExample: '{\n  "slugProfile": "kramdown",\n  "rules": { "broken-anchor": "off" }\n}',
  exampleLanguage: 'json',
  configurable: false,
};

export const UNKNOWN_RULE_IN_COMMENT: SystemRule = {
  id: 'RD101',
  alias: 'unknown-rule-in-comment',
  description: 'A role-docs-disable or role-docs-enable comment names a rule that does not exist, so it suppresses nothing for that name.',
  tags: ['suppression'],
  defaultSeverity: 'warning',
  fixable: false,
  configurable: true,
  example: '<!-- role-docs-disable-next-line broken-ancor -->\n[Requirements](#requirments)',
  correctExample: '<!-- role-docs-disable-next-line broken-anchor -->\n[Requirements](#requirments)',
};

/** Every system rule, in id order; the config schema and docs/rules list them after the page rules. */
export const systemRules: readonly SystemRule[] = [UNREADABLE_FILE, INVALID_CONFIG, UNKNOWN_RULE_IN_COMMENT];

/** A system rule whose severity the config may set, by id (any case) or alias. */
export function findConfigurableSystemRule(name: string): SystemRule | undefined {
  const key = name.trim().toLowerCase();
  return systemRules.find((r) => r.configurable && (r.id.toLowerCase() === key || r.alias === key));
}

export function unreadableFileFinding(uri: string, problem: string): ResolvedFinding {
  return {
    ruleId: UNREADABLE_FILE.id,
    rule: UNREADABLE_FILE.alias,
    severity: 'error',
    uri,
    message: problem,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}
