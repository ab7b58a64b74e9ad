import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import type { SlugProfileName } from '../../../server/src/service/document/slug';
import type { ResolvedFinding } from '../../../server/src/service/types';
import type { Ladder } from '../../../server/src/service/ladder/types';

export const ROOT = 'file:///ws';
export const PAGE_URI = `${ROOT}/job-families/engineering/example/index.html.md`;
export const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

export interface CheckOptions {
  uri?: string;
  profile?: SlugProfileName;
  /** Other workspace files, by URI. */
  files?: Record<string, string>;
  /** Only findings of this rule. */
  ruleId?: string;
  /** The ladder to check against (default: the built-in one). */
  ladder?: Ladder;
}

/** Checks one page in an in-memory workspace and returns its findings (optionally of one rule). */
export async function checkPage(text: string, options: CheckOptions = {}): Promise<ResolvedFinding[]> {
  const uri = options.uri ?? PAGE_URI;
  const config = defaultConfig();
  config.slugProfile = options.profile ?? 'github';
  if (options.ladder) config.ladder = options.ladder;
  const workspace = new InMemoryWorkspace([ROOT], { ...options.files, [uri]: text });
  const service = createRoleDocsService({ workspace, config });
  const findings = await service.check(service.getDocument(uri, text, 1));
  return options.ruleId ? findings.filter((f) => f.ruleId === options.ruleId) : findings;
}

/** A 0-based range literal. */
export function range(line: number, start: number, endLine: number, end: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** A complete, valid role with all three sections, for pages that need a well-formed neighbour. */
export function fullRole(title: string, grade: number, depth = 2): string {
  const h = '#'.repeat(depth);
  return [
    `${h} ${title}`,
    '',
    `${h}# Job Grade`,
    '',
    `The ${title} is a [grade ${grade}](${GRADE_LINK}).`,
    '',
    `${h}# Responsibilities`,
    '',
    '- Do the work.',
    '',
    `${h}# Requirements`,
    '',
    '- Know the work.',
    '',
  ].join('\n');
}

export const PAGE_TAIL = '## Performance Indicators\n\n- One.\n\n## Hiring Process\n\n- Two.\n';

/** Range of `part` inside the first `context` in `text` (`part` defaults to the whole context). */
export function rangeIn(text: string, context: string, part = context) {
  const at = text.indexOf(context);
  if (at === -1) throw new Error(`'${context}' is not in the text`);
  const inner = context.indexOf(part);
  if (inner === -1) throw new Error(`'${part}' is not in '${context}'`);
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return { start: position(at + inner), end: position(at + inner + part.length) };
}
