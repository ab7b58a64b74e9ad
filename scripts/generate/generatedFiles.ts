import { rules, systemRules } from '../../server/src/service';
import { configSchema } from './configSchema';
import { ruleDoc, ruleDocName, ruleIndex, ruleTable, withReadmeRuleTable, type DocumentedRule } from './ruleDocs';

/** Folder whose every .md file is generated, so a page of a removed rule counts as drift. */
export const RULE_DOCS_DIR = 'docs/rules';

/** Every generated file, by path from the project root, with the exact content it must have. */
export function generatedFiles(): Map<string, string> {
  const configurableSystem = systemRules.filter((r) => r.configurable);
  const documented = documentedRules();
  const files = new Map<string, string>();
  files.set('schemas/config.schema.json', JSON.stringify(configSchema([...rules, ...configurableSystem]), null, 2) + '\n');
  files.set(`${RULE_DOCS_DIR}/README.md`, ruleIndex(documented));
  for (const rule of documented) files.set(`${RULE_DOCS_DIR}/${ruleDocName(rule)}`, ruleDoc(rule));
  return files;
}

/** Page rules and engine findings, in id order: what docs/rules and the README's table list. */
export function documentedRules(): DocumentedRule[] {
  return [...rules.map((r) => ({ ...r, suppressible: true })), ...systemRules.map((r) => ({ ...r, suppressible: false }))].sort((a, b) => a.id.localeCompare(b.id));
}

/** README.md as `npm run generate` leaves it: its text with the rule table between the markers made afresh. */
export function generatedReadme(readme: string): string {
  return withReadmeRuleTable(readme, ruleTable(documentedRules(), 'docs/rules/'));
}
