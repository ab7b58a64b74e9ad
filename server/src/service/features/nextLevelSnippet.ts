import type { Role } from '../document/model';
import type { Level, SectionKind } from '../ladder/types';
import { sectionTitle } from '../rules/missingSection';
import type { LadderView } from './ladderView';
import { nextLevel, retitle } from './levelTitles';

/** Literal text inside a snippet: `$`, `}` and `\` would otherwise be snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

export interface NextLevelSnippet {
  title: string;
  level: Level;
  grade: number;
  /** Snippet text (LSP snippet syntax) for the whole new role. */
  snippet: string;
}

const EXTENDED_KINDS: Partial<Record<SectionKind, string>> = { responsibilities: 'responsibilities', requirements: 'requirements' };

/**
 * The role one level above `role`, written the way `role` is: same heading depth and section
 * headings, a grade sentence linking the ladder's first grade link, and extends lines pointing back.
 */
export function buildNextLevelSnippet(role: Role, view: LadderView): NextLevelSnippet | undefined {
  if (role.synthetic) return undefined;
  const match = view.levelOfRole(role);
  const level = match && nextLevel(view, match.level);
  const grade = level && view.gradeOf(level);
  if (!match || !level || grade === undefined) return undefined;
  const title = retitle(role.title, match, level);
  const depth = role.heading.depth;
  const sub = '#'.repeat(Math.min(6, depth + 1));
  const gradeSentence = `The ${escapeSnippet(title)} is a [grade ${grade}](${escapeSnippet(view.ladder.gradeLinks[0] ?? '')}).`;
  const lines = [`${'#'.repeat(depth)} ${escapeSnippet(title)}`, ''];
  const hasGradeSection = role.sections.some((s) => s.kind === 'job-grade');
  if (!hasGradeSection) lines.push(gradeSentence, '');
  let stop = 1;
  for (const kind of view.ladder.requiredRoleSections) {
    const existing = role.sections.find((s) => s.kind === kind);
    if (kind === 'job-grade' && !hasGradeSection) continue;
    lines.push(`${sub} ${escapeSnippet(existing?.heading.text ?? sectionTitle(view.ladder, kind))}`, '');
    if (kind === 'job-grade') {
      lines.push(gradeSentence, '');
      continue;
    }
    const word = EXTENDED_KINDS[kind];
    const targetId = existing?.heading.id ?? (kind === 'requirements' ? role.heading.id : undefined);
    if (word && targetId) lines.push(`- Extends that of the [${escapeSnippet(role.title)}](#${escapeSnippet(targetId)}) ${word}.`);
    lines.push(`- \${${stop++}}`, '');
  }
  return { title, level, grade, snippet: lines.join('\n').replace(/(?<!\n)\n+$/, '\n') };
}
