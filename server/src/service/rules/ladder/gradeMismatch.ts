import type { Finding } from '../../types';
import type { GradeClaim, Role } from '../../document/model';
import type { LevelMatchResult } from '../../ladder/types';
import type { Rule, RuleContext } from '../ruleTypes';
import { icTrackId } from '../../ladder/classifyTitle';
import { findLoweredPhrase, lowerSameLength } from '../../ladder/titleText';
import { memoOf, TextMemo } from '../../text/textMemo';
import { gradeNamingOtherRole } from './gradeOtherRole';

function describe(match: LevelMatchResult): string {
  return match.level.title;
}

/**
 * A title whose level word is an individual-contributor one but which also holds one of the ladder's
 * `familyTitleWords` ("Senior Audit Manager", "Senior Managing Editor") is a step on its own family's
 * ladder, not the ladder's Senior: no grade is decided from it.
 */
function ambiguous(match: LevelMatchResult | undefined, title: string | undefined, icTrack: string | undefined, familyWords: readonly string[]): boolean {
  if (!match?.explicit || !title) return false;
  // "Executive Business Administrator to the CEO": the level word names whom the role serves.
  if (/\bto the\b/i.test(title)) return true;
  if (match.level.track !== icTrack) return false;
  return namesFamilyWord(title, familyWords);
}

/** Per ladder's word list and title: a large page states thousands of grades, each looked up on every keystroke. */
const familyWordTitles = new WeakMap<readonly string[], TextMemo<boolean>>();

function namesFamilyWord(title: string, familyWords: readonly string[]): boolean {
  return memoOf(familyWordTitles, familyWords).get(title, (t) => {
    const lowered = lowerSameLength(t);
    return familyWords.some((word) => findLoweredPhrase(lowered, word, 'anywhere') >= 0);
  });
}

/**
 * The title a grade sentence names. Template braces left around a filled-in title ("The {Manager,
 * X} is …") are not part of it; unfilled template text ("{add the role name}") names no one.
 */
function subjectTitle(subject: string | undefined): string | undefined {
  if (!subject || !/^\{[^{}]*\}$/.test(subject)) return subject;
  const inner = subject.slice(1, -1).trim();
  return /^(?:add|insert|enter)\b/i.test(inner) ? undefined : inner;
}

export const gradeMismatch: Rule = {
  id: 'RD003',
  alias: 'grade-mismatch',
  description: 'A grade sentence disagrees with the ladder, names another role than its heading (another level, or another role of the page at the same level), or is malformed.',
  tags: ['ladder', 'grades'],
  defaultSeverity: 'info',
  fixable: true,
  example: '## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 9](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).',
  correctExample: '## Senior Data Engineer\n\n### Job Grade\n\nThe Senior Data Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const seen = new Set<GradeClaim>();
    const checkClaim = (claim: GradeClaim, role: Role | undefined): void => {
      seen.add(claim);
      if (claim.malformed === 'hash') {
        findings.push({
          ruleId: this.id,
          range: claim.valueRange,
          message: `Write the grade as a plain number: 'grade ${claim.grade}', not 'grade ${claim.value}'.`,
          fixes: [{ title: `Write 'grade ${claim.grade}'`, edits: [{ range: claim.valueRange, newText: String(claim.grade) }], safe: true, preferred: true }],
          data: { kind: 'malformed', grade: claim.grade },
        });
      } else if (claim.malformed === 'decimal') {
        findings.push({
          ruleId: this.id,
          range: claim.valueRange,
          message: `Grade ${claim.value} is not a whole number: write one of the ladder's grades.`,
          data: { kind: 'malformed' },
        });
        return;
      }
      const icTrack = icTrackId(context.ladder);
      const rawRoleLevel = role && role.confident && !claim.inHeading ? context.levelOfRole(role) : undefined;
      // A family table that grades the level ("Senior Product Manager" on the Product Management table) settles the title.
      const settled = (match: LevelMatchResult | undefined) => !!match && !!context.family && Object.hasOwn(context.family.grades, match.level.id);
      const roleAmbiguous = ambiguous(rawRoleLevel, role?.title, icTrack, context.ladder.familyTitleWords) && !settled(rawRoleLevel);
      // The sentence under such a role names the same role in other words ("Senior Manager, Strategy" for "Senior Strategy Manager"): nothing is decided.
      if (roleAmbiguous) return;
      const roleLevel = rawRoleLevel;
      const subject = subjectTitle(claim.subject);
      const rawSubjectLevel = subject ? context.classify(subject) : undefined;
      const subjectLevel = ambiguous(rawSubjectLevel, subject, icTrack, context.ladder.familyTitleWords) && !settled(rawSubjectLevel) ? undefined : rawSubjectLevel;
      if (role && roleLevel && subjectLevel && subjectLevel.level.id !== roleLevel.level.id && roleLevel.explicit && subjectLevel.explicit) {
        findings.push({
          ruleId: this.id,
          range: claim.subjectRange ?? claim.range,
          message: `Grade sentence under the wrong role: it names ${claim.subject} (${describe(subjectLevel)}) but sits under '${role.title}' (line ${role.nameRange.start.line + 1}, ${describe(roleLevel)}).`,
          data: { kind: 'subject', subjectLevel: subjectLevel.level.id, roleLevel: roleLevel.level.id },
        });
        return;
      }
      const otherRole = role && roleLevel && subject ? gradeNamingOtherRole(this.id, context, role, claim, subject, roleLevel) : undefined;
      if (otherRole) findings.push(otherRole);
      const decided = roleLevel?.explicit ? roleLevel : subjectLevel?.explicit ? subjectLevel : undefined;
      if (!decided) return;
      const expected = context.gradeOf(decided.level);
      if (expected === undefined || expected === claim.grade) return;
      findings.push({
        ruleId: this.id,
        range: claim.valueRange,
        message: `Grade ${claim.value} should be ${expected}: ${decided.level.title} is grade ${expected} on the ${context.family ? `${context.family.title} ` : ''}ladder${role ? ` (role '${role.title}', line ${role.nameRange.start.line + 1})` : ''}.`,
        fixes: [{ title: `Set the grade to ${expected}`, edits: [{ range: claim.valueRange, newText: String(expected) }], safe: false, preferred: true }],
        data: { kind: 'grade', expected, level: decided.level.id },
      });
    };
    for (const role of context.document.roles) for (const claim of role.gradeClaims) checkClaim(claim, role);
    for (const claim of context.document.gradeClaims) if (!seen.has(claim)) checkClaim(claim, undefined);
    return findings;
  },
};
