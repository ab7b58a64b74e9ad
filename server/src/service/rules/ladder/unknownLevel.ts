import type { Finding } from '../../types';
import type { Ladder } from '../../ladder/types';
import { CODE_EXAMPLE_LADDER } from '../codeExampleLadder';
import type { Rule, RuleContext } from '../ruleTypes';

/** The letters before a code's number ("IC" of "IC7", "L" of "L-9"), upper case. */
function codePrefix(code: string): string {
  return /^[A-Za-z]*/.exec(code)![0].toUpperCase();
}

/** The ladder's codes that share a prefix, in ladder order ("IC1, IC2, …" for "IC7"). */
function knownCodes(ladder: Ladder, prefix: string): string[] {
  return ladder.levels.map((level) => level.code).filter((code): code is string => !!code && codePrefix(code) === prefix);
}

export const unknownLevel: Rule = {
  id: 'RD016',
  alias: 'unknown-level',
  description: 'A level heading or levels-table column names a level code the ladder does not have ("IC7" when the ladder stops at IC6).',
  tags: ['ladder'],
  defaultSeverity: 'warning',
  fixable: false,
  exampleLadder: CODE_EXAMPLE_LADDER,
  example: '## IC5\n\n- **Impact**: sets the direction of a department.\n\n## IC6\n\n- **Impact**: sets the direction of the company.\n\n## IC7\n\n- **Impact**: sets the direction of the industry.',
  correctExample: '## IC5\n\n- **Impact**: sets the direction of a department.\n\n## IC6\n\n- **Impact**: sets the direction of the company.',
  check(context: RuleContext): Finding[] {
    if (!context.rolePage) return [];
    return context.document.unknownLevels.map((unknown) => {
      const known = knownCodes(context.ladder, codePrefix(unknown.name));
      return {
        ruleId: this.id,
        range: unknown.range,
        message: `Unknown level '${unknown.name}': the ${context.ladder.name} ladder's ${codePrefix(unknown.name)} levels are ${known.join(', ')}.`,
        data: { name: unknown.name, known },
      };
    });
  },
};
