import type { Role, RoleDocument } from '../document/model';
import type { Level, SectionKind } from '../ladder/types';
import { sectionTitle } from '../rules/ladder/missingSection';
import type { LadderView } from './ladderView';
import { familyNoun, nextLevel, retitle, roleInOrBefore } from './levelTitles';

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

/**
 * The lowest graded level of the individual-contributor track (else the first track), titled for
 * the page's family and written at the depth of its roles: what a page starts its ladder with.
 */
export function buildLowestLevelSnippet(document: RoleDocument, view: LadderView): NextLevelSnippet | undefined {
  const track = view.ladder.tracks.find((t) => t.id === 'ic')?.id ?? view.ladder.tracks[0]?.id;
  const graded = view.ladder.levels.filter((l) => l.track === track && view.gradeOf(l) !== undefined);
  const level = graded.sort((a, b) => view.gradeOf(a)! - view.gradeOf(b)!)[0];
  if (!level) return undefined;
  const grade = view.gradeOf(level)!;
  const noun = familyNoun(document, view);
  const title = !noun ? level.title : view.ladder.baseLevels[level.track] === level.id ? noun : retitle(noun, { level, explicit: false }, level);
  const depth = document.roles.find((r) => !r.synthetic)?.heading.depth ?? 2;
  const sub = '#'.repeat(Math.min(6, depth + 1));
  const gradeSentence = `The ${escapeSnippet(title)} is a [grade ${grade}](${escapeSnippet(view.ladder.gradeLinks[0] ?? '')}).`;
  const lines = [`${'#'.repeat(depth)} ${escapeSnippet(title)}`, ''];
  if (!view.ladder.requiredRoleSections.includes('job-grade')) lines.push(gradeSentence, '');
  let stop = 1;
  for (const kind of view.ladder.requiredRoleSections) {
    lines.push(`${sub} ${escapeSnippet(sectionTitle(view.ladder, kind))}`, '');
    lines.push(kind === 'job-grade' ? gradeSentence : `- \${${stop++}}`, '');
  }
  return { title, level, grade, snippet: lines.join('\n').replace(/(?<!\n)\n+$/, '\n') };
}

/** What Insert Level Section writes at `offset`: the level after the role above it, or at the top of the page the lowest. */
export function levelSectionAt(document: RoleDocument, offset: number, view: LadderView): NextLevelSnippet | undefined {
  const previous = roleInOrBefore(document, offset);
  return previous ? buildNextLevelSnippet(previous, view) : buildLowestLevelSnippet(document, view);
}
