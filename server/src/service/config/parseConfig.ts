import { findNodeAtLocation, parse, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import { isSlugProfileName } from '../document/slug';
import { loadInlineLadder, loadLadderFile } from '../ladder/ladderChain';
import type { ConfigProblem } from '../ladder/types';
import { findRule, rules as pageRules } from '../rules';
import { findConfigurableSystemRule, systemRules } from '../systemFindings';
import { dirnameUri, isInside, joinUri } from '../uriPath';
import { CONFIG_FILE_NAME, type RoleDocsConfig, type RuleSetting } from './configTypes';
import { defaultConfig } from './defaultConfig';
import { closestName } from './didYouMean';
import { firstSyntaxError, jsonSyntaxMessage } from './jsonSyntax';

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);
const KNOWN_KEYS = new Set(['$schema', 'ladder', 'slugProfile', 'rules', 'contentRoots', 'indexFiles', 'include', 'exclude']);

type ReadText = (uri: string) => Promise<string | undefined>;

/**
 * Reads `.role-docs.json`. Every problem is reported with its place in the file and the rest of
 * the file still applies. A configuration with problems is not in force for the ladder: its
 * `ladder` is only a placeholder, and callers stop (CLI) or turn the ladder rules off (editor).
 * `workspaceRoots`, when given, are the folders a ladder file must lie in.
 */
export async function parseConfigText(text: string, uri: string, readText: ReadText, workspaceRoots?: readonly string[]): Promise<RoleDocsConfig> {
  const config = defaultConfig();
  const lines = new LineIndex(text);
  const problem = (node: Node | undefined, message: string): void => {
    const start = node?.offset ?? 0;
    const a = lines.positionAt(start);
    const b = lines.positionAt(start + (node?.length ?? 0));
    config.problems.push({ file: uri, message, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character });
  };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  const root = parseTree(text);
  const syntaxError = firstSyntaxError(errors);
  if (syntaxError) {
    problem({ offset: syntaxError.offset, length: syntaxError.length } as Node, `${jsonSyntaxMessage(syntaxError)}.`);
    return config;
  }
  if (!root || root.type !== 'object' || typeof value !== 'object' || value === null) {
    problem(root, 'The configuration must be a JSON object.');
    return config;
  }
  const settings = value as Record<string, unknown>;
  const at = (...path: (string | number)[]): Node | undefined => findNodeAtLocation(root, path);
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0]?.value as string;
    if (!KNOWN_KEYS.has(key)) problem(prop.children?.[0], unknownSettingMessage(key));
  }

  if (settings.slugProfile !== undefined) {
    if (isSlugProfileName(settings.slugProfile)) config.slugProfile = settings.slugProfile;
    else problem(at('slugProfile'), `slugProfile must be one of "github", "kramdown", "hugo".`);
  }
  for (const key of ['contentRoots', 'indexFiles', 'include', 'exclude'] as const) {
    const list = settings[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
      problem(at(key), `${key} must be a list of strings.`);
      continue;
    }
    if (key === 'contentRoots' || key === 'indexFiles') config.sitePaths[key] = list as string[];
    else config[key] = list as string[];
  }
  readRules(settings.rules, at, problem, config.rules);
  await readLadder(settings.ladder, uri, text, at('ladder'), { readText, workspaceRoots }, config, problem);
  config.problems.sort((a, b) => (a.file === b.file ? a.line - b.line || a.character - b.character : a.file < b.file ? -1 : 1));
  return config;
}

function readRules(
  rules: unknown,
  at: (...path: (string | number)[]) => Node | undefined,
  problem: (node: Node | undefined, message: string) => void,
  out: Map<string, RuleSetting>,
): void {
  if (rules === undefined) return;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    problem(at('rules'), 'rules must be an object of rule ids or names to severities.');
    return;
  }
  for (const [name, setting] of Object.entries(rules as Record<string, unknown>)) {
    const rule = findRule(name) ?? findConfigurableSystemRule(name);
    const node = at('rules', name);
    if (!rule) {
      problem(node?.parent?.children?.[0] ?? node, unknownRuleMessage(name));
      continue;
    }
    if (typeof setting === 'string') {
      if (SEVERITIES.has(setting)) out.set(rule.id, { severity: setting as RuleSetting['severity'], options: {} });
      else problem(node, `Severity of '${name}' must be one of off, hint, info, warning, error.`);
    } else if (typeof setting === 'boolean') {
      out.set(rule.id, { severity: setting ? undefined : 'off', options: {} });
    } else if (typeof setting === 'object' && setting !== null && !Array.isArray(setting)) {
      const { severity, ...options } = setting as Record<string, unknown>;
      if (severity !== undefined && !(typeof severity === 'string' && SEVERITIES.has(severity))) {
        problem(at('rules', name, 'severity'), `Severity of '${name}' must be one of off, hint, info, warning, error.`);
        continue;
      }
      // Options a rule does not declare would be silently ignored; say so, as the config schema does.
      for (const key of Object.keys(options)) {
        if (!rule.options || !Object.hasOwn(rule.options, key)) {
          problem(at('rules', name, key)?.parent?.children?.[0], `Rule '${name}' has no option '${key}'.`);
          delete options[key];
        }
      }
      out.set(rule.id, { severity: severity as RuleSetting['severity'], options });
    } else problem(node, `Setting of '${name}' must be a severity or an object.`);
  }
}

async function readLadder(
  ladder: unknown,
  uri: string,
  text: string,
  node: Node | undefined,
  files: { readText: ReadText; workspaceRoots?: readonly string[] },
  config: RoleDocsConfig,
  problem: (node: Node | undefined, message: string) => void,
): Promise<void> {
  if (ladder === undefined) return;
  if (typeof ladder === 'string') {
    const ladderUri = joinUri(dirnameUri(uri), ladder);
    if (!ladderUri || (files.workspaceRoots && !files.workspaceRoots.some((root) => isInside(ladderUri, root)))) {
      problem(node, `The ladder file '${ladder}' is outside the workspace, and only files inside it are read: move the ladder into the workspace and give its path relative to ${CONFIG_FILE_NAME}.`);
      return;
    }
    const ladderText = await files.readText(ladderUri);
    if (ladderText === undefined) {
      problem(node, `Cannot read the ladder file '${ladder}': check that it exists inside the workspace; its path is relative to ${CONFIG_FILE_NAME}.`);
      return;
    }
    // Its problems point into the ladder file itself (or a file it extends); the ladder stays unset.
    const loaded = await loadLadderFile(ladderText, ladderUri, { readText: files.readText, roots: files.workspaceRoots });
    config.problems.push(...loaded.problems);
    if (!loaded.problems.length) {
      config.ladder = loaded.ladder;
      config.ladderSource = ladderUri;
    }
    return;
  }
  if (typeof ladder === 'object' && ladder !== null && !Array.isArray(ladder)) {
    const loaded = await loadInlineLadder(ladder, uri, text, { readText: files.readText, roots: files.workspaceRoots });
    config.problems.push(...loaded.problems);
    if (!loaded.problems.length) {
      config.ladder = loaded.ladder;
      config.ladderSource = `${uri}#ladder`;
    }
    return;
  }
  problem(node, 'ladder must be a path to a ladder file or a ladder object.');
}

function unknownSettingMessage(key: string): string {
  const known = [...KNOWN_KEYS].filter((k) => k !== '$schema');
  const meant = closestName(key, known);
  return meant ? `Unknown setting '${key}'; did you mean '${meant}'?` : `Unknown setting '${key}'; the settings are ${known.join(', ')}.`;
}

function unknownRuleMessage(name: string): string {
  const fixed = systemRules.find((r) => !r.configurable && (r.id.toLowerCase() === name.trim().toLowerCase() || r.alias === name.trim().toLowerCase()));
  if (fixed) return `Rule '${name}' (${fixed.id}) cannot be configured: it is always an error.`;
  const names = [...pageRules, ...systemRules.filter((r) => r.configurable)].flatMap((r) => [r.id, r.alias]);
  const meant = closestName(name, names);
  return meant ? `Unknown rule '${name}'; did you mean '${meant}'?` : `Unknown rule '${name}'; give a rule id (RD001) or name (broken-anchor) from docs/rules.`;
}

export type { ConfigProblem };
