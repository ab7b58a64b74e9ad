import type { Role } from '../document/model';
import type { Level } from '../ladder/types';
import { findLoweredPhrase, lowerSameLength } from '../ladder/titleText';

/** The level's code as the role writes it ("IC3" in "## IC3" or "This role is an IC3"), if it does. */
export function statedCode(role: Role, level: Level | undefined): string | undefined {
  const code = level?.code;
  if (!code) return undefined;
  const lowered = lowerSameLength(code);
  const statement = role.levelStatements.find((s) => s.levelId === level.id && lowerSameLength(s.text.trim()) === lowered);
  if (statement) return statement.text.trim();
  const at = findLoweredPhrase(lowerSameLength(role.title), code, 'anywhere');
  return at >= 0 ? role.title.slice(at, at + code.trim().length) : undefined;
}
