import type { ExtendsClaim, Role, RoleDocument } from '../document/model';
import type { SectionKind } from '../ladder/types';
import { createRuleContext } from '../check/ruleContext';
import { statedGrade } from '../workspaceIndex/pageSummary';
import { sectionTitle } from '../rules/ladder/missingSection';
import { claimTarget } from './claimTarget';
import { sectionItems } from './sectionItems';
import type { ChainStop, EffectiveEntry, EffectiveRole, EffectiveRoleSources, RolePlace } from './effectiveRoleTypes';

export type * from './effectiveRoleTypes';

/** The section kinds an extends claim can name, in the order a role page gives them. */
export const EFFECTIVE_KINDS: readonly SectionKind[] = ['responsibilities', 'requirements'];
/** Claims followed for one answer at most: a page of roles each extending several others must not fan out without end. */
const MAX_FOLLOWS = 2000;

interface Walk {
  sources: EffectiveRoleSources;
  follows: number;
}

export function rolePlace(document: RoleDocument, role: Role): RolePlace {
  return { title: role.title, uri: document.uri, line: role.nameRange.start.line };
}

/**
 * A role with every line it inherits: per section kind, its own lines in order, each extends
 * claim replaced by what the claimed role gives (expanded in turn), and a stop, in words, where a
 * claim cannot be followed (a cycle, a broken link, a target that is no role, a page not loaded).
 */
export async function effectiveRole(document: RoleDocument, role: Role, sources: EffectiveRoleSources): Promise<EffectiveRole> {
  const walk: Walk = { sources, follows: 0 };
  const place = rolePlace(document, role);
  const view = createRuleContext(document, sources.ladder, sources.displayPath(document.uri), { byLinkOffset: new Map() }, {});
  const level = view.levelOfRole(role)?.level;
  const grade = statedGrade(role) ?? (level ? view.gradeOf(level) : undefined);
  const sections = [];
  for (const kind of EFFECTIVE_KINDS) {
    sections.push({ kind, title: sectionTitle(sources.ladder, kind), entries: await expand(walk, document, role, kind, [place]) });
  }
  return { role: place, ...(level && { level: level.title }), ...(grade !== undefined && { grade }), sections };
}

/** What one extends claim of `role` brings to the section of `kind`: the claimed role's lines, or where the chain stops. */
export async function inheritedThrough(
  document: RoleDocument,
  role: Role,
  claim: ExtendsClaim,
  kind: SectionKind,
  sources: EffectiveRoleSources,
): Promise<EffectiveEntry[]> {
  return follow({ sources, follows: 0 }, document, role, claim, kind, [rolePlace(document, role)]);
}

/** A role's entries for one kind: claims outside its sections of that kind first, then those sections with their claims expanded in place. */
async function expand(walk: Walk, document: RoleDocument, role: Role, kind: SectionKind, path: RolePlace[]): Promise<EffectiveEntry[]> {
  const sections = role.sections.filter((s) => s.kind === kind);
  const inside = (claim: ExtendsClaim) => sections.some((s) => claim.startOffset >= s.heading.endOffset && claim.startOffset < s.endOffset);
  const applies = (claim: ExtendsClaim) => claim.sectionKind === kind || claim.sectionKind === 'role';
  const entries: EffectiveEntry[] = [];
  for (const claim of role.extendsClaims) {
    if (applies(claim) && !inside(claim)) entries.push(...(await follow(walk, document, role, claim, kind, path)));
  }
  for (const section of sections) {
    for (const item of sectionItems(document, section)) {
      const claims = role.extendsClaims.filter((c) => c.startOffset >= item.startOffset && c.startOffset < item.endOffset);
      if (!claims.length) {
        entries.push({ kind: 'own', text: item.text, depth: item.depth, uri: document.uri, line: item.line });
        continue;
      }
      // The claim's line stands for what it brings; a claim of another kind is followed in that kind's section.
      for (const claim of claims) if (applies(claim)) entries.push(...(await follow(walk, document, role, claim, kind, path)));
    }
  }
  return entries;
}

async function follow(walk: Walk, document: RoleDocument, role: Role, claim: ExtendsClaim, kind: SectionKind, path: RolePlace[]): Promise<EffectiveEntry[]> {
  const stop = (reason: ChainStop['reason'], message: string): ChainStop[] => [
    { kind: 'stop', reason, message, in: rolePlace(document, role), uri: document.uri, line: claim.range.start.line, claim: claim.roleText },
  ];
  if (++walk.follows > MAX_FOLLOWS) return stop('too-long', `Stopped after following ${MAX_FOLLOWS} extends claims.`);
  const target = await claimTarget(document, claim, walk.sources);
  if ('reason' in target) return stop(target.reason, target.message);
  const place = rolePlace(target.document, target.role);
  const seen = path.findIndex((p) => p.uri === place.uri && p.line === place.line);
  if (seen !== -1) {
    const titles = [...path.slice(seen), place].map((p) => p.title);
    return stop('cycle', seen === path.length - 1 ? `The ${place.title} role extends itself.` : `Extends claims form a cycle: ${titles.join(' → ')}.`);
  }
  const entries = await expand(walk, target.document, target.role, kind, [...path, place]);
  if (!entries.length) return stop('no-section', `${place.title} has no ${sectionTitle(walk.sources.ladder, kind)} to inherit.`);
  return entries.map((entry) => (entry.kind === 'own' ? { ...entry, kind: 'inherited', from: place } : entry));
}
