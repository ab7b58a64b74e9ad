import type { Role, RoleDocument } from '../../document/model';
import type { Ladder, SectionKind } from '../../ladder/types';
import { sectionTitle } from '../../rules/ladder/missingSection';
import { statedGrade } from '../../workspaceIndex/pageSummary';
import type { LadderView } from '../ladderView';
import type { Extender } from '../extenders';
import { equivalentWords, speaksOfExtends } from './levelWords';
import { ladderHasGrades, levelName, trackTitle } from '../../ladder/trackLevels';

/** Required role sections a role holds, and those it lacks; page-wide sections count, as the missing-section rule says. */
export function roleSectionStatus(
  document: RoleDocument,
  role: Role,
  ladder: Pick<Ladder, 'requiredRoleSections' | 'sectionTitles'>,
): { has: string[]; lacks: SectionKind[] } {
  const required = ladder.requiredRoleSections;
  const own = new Set<SectionKind>([...role.sections.map((s) => s.kind), ...role.labels]);
  if (role.gradeClaims.length) own.add('job-grade');
  const pageWide = new Set(document.pageSections.map((s) => s.kind));
  const has: string[] = [];
  const lacks: SectionKind[] = [];
  for (const kind of required) {
    if (own.has(kind)) has.push(sectionTitle(ladder, kind));
    else if (kind !== 'job-grade' && pageWide.has(kind)) has.push(`${sectionTitle(ladder, kind)} (page-wide)`);
    else lacks.push(kind);
  }
  return { has, lacks };
}

/** Markdown card for a role: the ladder's level, grade (when it has grades), track and equivalent, sections, and who extends it. */
export function formatRoleCard(
  document: RoleDocument,
  role: Role,
  view: LadderView,
  extenders: Extender[],
  displayPath: (uri: string) => string,
): string {
  const level = view.levelOfRole(role)?.level;
  const facts = [`**${role.title}**`];
  if (level) facts.push(levelName(level));
  // A ladder without grades has nothing to say about one, whatever the page writes.
  if (ladderHasGrades(view.ladder)) {
    const ladderGrade = level ? view.gradeOf(level) : undefined;
    const stated = statedGrade(role);
    if (stated !== undefined && ladderGrade !== undefined && stated !== ladderGrade) facts.push(`grade ${stated} (the ladder says ${ladderGrade})`);
    else if (stated ?? ladderGrade) facts.push(`grade ${stated ?? ladderGrade}`);
  }
  const track = level && trackTitle(view.ladder, level);
  if (track) facts.push(track);
  const equivalent = level && equivalentWords(view.ladder, level);
  if (equivalent) facts.push(equivalent);
  const { has, lacks } = roleSectionStatus(document, role, view.ladder);
  const sections = [
    has.length ? `Has ${has.join(', ')}.` : 'Has none of the required sections.',
    lacks.length ? `Lacks ${lacks.map((k) => sectionTitle(view.ladder, k)).join(', ')}.` : 'Lacks nothing.',
  ].join(' ');
  const where = (e: Extender): string => (e.uri === document.uri ? `line ${e.line + 1}` : `${displayPath(e.uri)}:${e.line + 1}`);
  const extendedBy = extenders.length ? `Extended by ${extenders.map((e) => `${e.roleTitle} (${where(e)})`).join(', ')}.` : 'No role extends it.';
  return [facts.join(' · '), sections, ...(speaksOfExtends(document, extenders.length) ? [extendedBy] : [])].join('\n\n');
}
