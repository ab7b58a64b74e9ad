import { type RuleInfo, slugProfiles } from '../../server/src/service';

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

function ruleSetting(rule: RuleInfo): Record<string, unknown> {
  const summary = `${rule.id} (${rule.alias}): ${rule.description} Default severity: ${rule.defaultSeverity}.`;
  return {
    description: summary,
    anyOf: [
      { $ref: '#/definitions/severity' },
      { type: 'boolean', description: 'false turns the rule off; true keeps its default severity.' },
      {
        type: 'object',
        description: `Severity and options of ${rule.id} (${rule.alias}).`,
        properties: { severity: { $ref: '#/definitions/severity' }, ...(rule.options ?? {}) },
        additionalProperties: false,
      },
    ],
  };
}

/** JSON Schema of `.role-docs.json`: every rule id and alias is a property of `rules`. */
export function configSchema(rules: readonly RuleInfo[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = ruleSetting(rule);
    ruleProperties[rule.alias] = ruleSetting(rule);
  }
  const stringList = (description: string) => ({ type: 'array', items: { type: 'string' }, description });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Role Docs configuration',
    description: 'Settings in .role-docs.json at the root of a handbook: the ladder, how headings get ids, which rules run and how loudly. Generated from the rule list by `npm run generate`.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'Path or URL of this schema, so editors can validate and describe the file.' },
      ladder: {
        description: 'The ladder pages are checked against: a path to a ladder JSON file (relative to this file), or the ladder itself. Default: the GitLab ladder.',
        anyOf: [{ type: 'string', minLength: 1, description: 'Path of a ladder JSON file, relative to this file.' }, { $ref: 'ladder.schema.json' }],
      },
      slugProfile: {
        type: 'string',
        enum: Object.keys(slugProfiles),
        default: 'github',
        description: 'How the site turns headings into ids: github (GitHub and GitLab), kramdown (Jekyll, Middleman) or hugo (Goldmark).',
      },
      rules: {
        type: 'object',
        description: 'Severity (off, hint, info, warning, error) or { "severity": …, options } of each rule, by id or alias.',
        properties: ruleProperties,
        additionalProperties: false,
      },
      contentRoots: stringList('Folders (relative to this file) that site paths like /job-families/… are resolved under, tried in order.'),
      indexFiles: stringList('File names that serve a folder\'s URL (index.html.md, README.md, …), tried in order.'),
      include: stringList('Globs (relative to this file) of the markdown files to check; default: all.'),
      exclude: stringList('Globs (relative to this file) of markdown files not to check.'),
    },
    additionalProperties: false,
    definitions: {
      severity: { type: 'string', enum: SEVERITIES, description: 'off turns the rule off; the others set how its findings are shown.' },
    },
  };
}
