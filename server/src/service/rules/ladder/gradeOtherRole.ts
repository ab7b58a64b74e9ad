import type { Finding, TextEdit } from '../../types';
import type { GradeClaim, Role } from '../../document/model';
import type { LevelMatchResult } from '../../ladder/types';
import type { RuleContext } from '../ruleTypes';
import { comparableTitle, roleTitleKeys, rolesWithTitle, wordsContained } from './roleTitleWords';

/**
 * A grade sentence whose subject is the exact title of another role of the page at the same level
 * ("The Senior Backend Engineer is a grade 7" under "Senior Frontend Engineer"): the page defines
 * that role, so the sentence was copied from it. Silent where the subject could be the role itself in
 * other words, and where the role's own sentences name it (a list of grades, not a copy).
 */
export function gradeNamingOtherRole(ruleId: string, context: RuleContext, role: Role, claim: GradeClaim, subject: string, roleLevel: LevelMatchResult): Finding | undefined {
  if (role.form !== 'heading') return undefined;
  const key = comparableTitle(subject);
  const ownKeys = roleTitleKeys(role.title);
  if (!key || ownKeys.includes(key)) return undefined;
  const other = rolesWithTitle(context.document.roles, key).find((named) => named !== role);
  if (!other || other.form !== 'heading' || !other.confident || context.levelOfRole(other)?.level.id !== roleLevel.level.id) return undefined;
  if (ownKeys.some((own) => wordsContained(own, key))) return undefined;
  if (role.gradeClaims.some((own) => own.subject && ownKeys.some((k) => wordsContained(k, comparableTitle(own.subject!))))) return undefined;
  const line = (r: Role) => r.nameRange.start.line + 1;
  return {
    ruleId,
    range: claim.subjectRange ?? claim.range,
    message: `Grade sentence names ${other.title} (line ${line(other)}), another role of this page, but sits under '${role.title}' (line ${line(role)}).`,
    fixes: renameFix(context, role, other, claim, subject),
    data: { kind: 'other-role', otherRoleLine: line(other) - 1 },
  };
}

/**
 * Naming the heading's role instead, offered only where the other role states its own grade (so this
 * sentence is a copy, not a sentence moved under the wrong heading) and the subject is plain words.
 */
function renameFix(context: RuleContext, role: Role, other: Role, claim: GradeClaim, subject: string): Finding['fixes'] {
  const otherKeys = roleTitleKeys(other.title);
  if (!claim.subjectRange || !other.gradeClaims.some((own) => own.subject && otherKeys.includes(comparableTitle(own.subject)))) return undefined;
  const { lines, text } = context.document;
  const end = lines.offsetAt(claim.subjectRange.end);
  const written = text.slice(lines.offsetAt(claim.subjectRange.start), end);
  if (!written.endsWith(subject)) return undefined;
  const edit: TextEdit = { range: lines.rangeOf(end - subject.length, end), newText: role.title };
  return [{ title: `Name ${role.title}`, edits: [edit], safe: false, preferred: true }];
}
