import type { Finding } from '../../types';
import type { LevelStatementClaim, Role } from '../../document/model';
import type { Level } from '../../ladder/types';
import { CODE_EXAMPLE_LADDER } from '../codeExampleLadder';
import type { Rule, RuleContext } from '../ruleTypes';

/** What gave the role its level, as a message names it. */
function levelSourceName(role: Role): string {
  if (role.levelSource === 'statement') return 'its first level statement';
  if (role.form === 'page') return 'the front matter';
  if (role.form === 'table-column' || role.form === 'table-row') return `the table cell '${role.title}'`;
  return `the heading '${role.title}'`;
}

/** A level by the kind of name the statement used: its code when the statement wrote a code, else its title. */
function nameLike(level: Level, written: string, stated: Level): string {
  return stated.code && written.toLowerCase() === stated.code.toLowerCase() ? level.code ?? level.title : level.title;
}

export const levelStatementMismatch: Rule = {
  id: 'RD017',
  alias: 'level-statement',
  description: 'A sentence states a level ("This level is an IC2") other than the one its role\'s heading, table cell or front matter names.',
  tags: ['ladder'],
  defaultSeverity: 'warning',
  fixable: true,
  exampleLadder: CODE_EXAMPLE_LADDER,
  example: '## IC2\n\n- **Impact**: ships a feature.\n\n## IC3\n\nThis level is an IC2.\n\n- **Impact**: carries a project from design to launch.',
  correctExample: '## IC2\n\n- **Impact**: ships a feature.\n\n## IC3\n\nThis level is an IC3.\n\n- **Impact**: carries a project from design to launch.',
  check(context: RuleContext): Finding[] {
    if (!context.rolePage) return [];
    const findings: Finding[] = [];
    for (const role of context.document.roles) {
      const own = role.levelSource === 'base' ? undefined : role.level?.level;
      if (!own) continue;
      for (const statement of role.levelStatements) {
        if (statement.levelId === own.id) continue;
        findings.push(mismatch(context, role, own, statement, this.id));
      }
    }
    return findings;
  },
};

function mismatch(context: RuleContext, role: Role, own: Level, statement: LevelStatementClaim, ruleId: string): Finding {
  const stated = context.ladder.levels.find((level) => level.id === statement.levelId);
  const replacement = stated ? nameLike(own, statement.text, stated) : own.code ?? own.title;
  const line = role.nameRange.start.line + 1;
  return {
    ruleId,
    range: statement.range,
    message: `Level statement says ${statement.text}, the role is ${own.code ?? own.title}: make them agree (${levelSourceName(role)}, line ${line}).`,
    fixes: [{ title: `Change '${statement.text}' to '${replacement}'`, edits: [{ range: statement.range, newText: replacement }], safe: false }],
    data: { stated: statement.levelId, level: own.id },
  };
}
