import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/runCliProcess';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { parseConfigText } from '../../../server/src/service/config/parseConfig';
import type { RoleDocsConfig } from '../../../server/src/service/config/configTypes';
import { describePageRoles, type PageRoles } from '../../../server/src/service/roles/pageRoles';
import type { ResolvedFinding } from '../../../server/src/service/types';

/** One folder of examples/ladders/: its configuration (and ladder) as `.role-docs.json` names it, and one page. */
export interface Example {
  config: RoleDocsConfig;
  /** The page, relative to the example folder. */
  page: string;
  text: string;
  rootUri: string;
}

/** Loads an example folder the way the CLI does: `.role-docs.json` at its root, the ladder file it names read from inside it. */
export async function loadExample(name: string, page: string): Promise<Example> {
  const dir = join(projectRoot, 'examples/ladders', name);
  const rootUri = `file:///examples/${name}`;
  const readInside = async (uri: string): Promise<string | undefined> => {
    if (!uri.startsWith(rootUri + '/')) return undefined;
    try {
      return readFileSync(join(dir, decodeURIComponent(uri.slice(rootUri.length + 1))), 'utf8');
    } catch {
      return undefined;
    }
  };
  const configText = readFileSync(join(dir, '.role-docs.json'), 'utf8');
  const config = await parseConfigText(configText, `${rootUri}/.role-docs.json`, readInside);
  if (config.problems.length) throw new Error(`${name}/.role-docs.json: ${config.problems.map((p) => p.message).join('; ')}`);
  return { config, page, text: readFileSync(join(dir, page), 'utf8'), rootUri };
}

/** The findings and roles of the example's page with `text` in place of what the file holds. */
export async function runExample(example: Example, text = example.text): Promise<{ findings: ResolvedFinding[]; roles: PageRoles }> {
  const uri = `${example.rootUri}/${example.page}`;
  const workspace = new InMemoryWorkspace([example.rootUri], { [uri]: text });
  const service = createRoleDocsService({ workspace, config: example.config });
  const document = service.getDocument(uri, text, 1);
  return { findings: await service.check(document), roles: describePageRoles(document, example.config.ladder, example.page) };
}

/** The roles of the example's page as it is, asserting the page is a role page with nothing to report. */
export async function rolesOfCleanPage(example: Example): Promise<PageRoles> {
  const { findings, roles } = await runExample(example);
  assert.deepEqual(briefly(findings), []);
  assert.equal(roles.rolePage, true);
  return roles;
}

/** Each finding as rule, 1-based line and message: what a mutation test compares whole. */
export function briefly(findings: ResolvedFinding[]): [string, number, string][] {
  return findings.map((f) => [`${f.ruleId}/${f.rule}`, f.range.start.line + 1, f.message]);
}

/** Each role as title, line, form, level id and whether it is confident. */
export function roleLevels(roles: PageRoles): [string, number, string, string | null, boolean][] {
  return roles.roles.map((r) => [r.title, r.line, r.form, r.level, r.confident]);
}

/** `text` with `from` replaced by `to`; fails when `from` is not there exactly once, so a mutation cannot silently miss. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`'${from.slice(0, 60)}' is not in the page exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** `text` with the blocks that start with headings `a` and `b` (up to the next heading as deep or deeper) swapped. */
export function swapBlocks(text: string, a: string, b: string): string {
  const blockA = blockOf(text, a);
  const blockB = blockOf(text, b);
  return replaceOnce(replaceOnce(replaceOnce(text, blockA, '\u0000A'), blockB, blockA), '\u0000A', blockB);
}

function blockOf(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  if (start === -1) throw new Error(`'${heading}' is not in the page`);
  const depth = /^#+/.exec(heading)![0].length;
  const next = new RegExp(`^#{1,${depth}} `, 'gm');
  next.lastIndex = start + heading.length;
  const end = next.exec(text)?.index ?? text.length;
  return text.slice(start, end);
}
