import type { ResolvedFinding } from './types';
import type { ConfigProblem } from './ladder/types';

/** Findings about files rather than pages: they have ids so they can be filtered like any rule's. */
export const UNREADABLE_FILE = { id: 'RD000', alias: 'unreadable-file' } as const;
export const INVALID_CONFIG = { id: 'RD100', alias: 'invalid-config' } as const;

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

export function configProblemFinding(uri: string, problem: ConfigProblem): ResolvedFinding {
  return {
    ruleId: INVALID_CONFIG.id,
    rule: INVALID_CONFIG.alias,
    severity: 'error',
    uri,
    message: problem.message,
    range: { start: { line: problem.line, character: problem.character }, end: { line: problem.endLine, character: problem.endCharacter } },
  };
}
