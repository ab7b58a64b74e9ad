import type { Position } from 'vscode-languageserver-types';
import type { ExtendsClaim, Link, Role, RoleDocument } from '../../document/model';
import { containsPosition } from '../positions';
import { sectionTitle } from '../../rules/ladder/missingSection';
import { claimTarget } from '../../effective/claimTarget';
import { EFFECTIVE_KINDS, inheritedThrough, rolePlace, type EffectiveRoleSources } from '../../effective/effectiveRole';
import { formatEntries } from '../../effective/formatEffectiveRole';

/** Inherited lines a hover shows before folding the rest into "… and N more". */
export const HOVER_LINES = 25;

/** The extends claim a link is, with the role it is written in; undefined for any other link. */
export function claimOfLink(document: RoleDocument, link: Link): { role: Role; claim: ExtendsClaim } | undefined {
  for (const role of document.roles) {
    const claim = role.extendsClaims.find((c) => c.link?.startOffset === link.startOffset);
    if (claim) return { role, claim };
  }
  return undefined;
}

/** The extends claim written without a link ("Extends that of the Senior Analyst requirements") under the cursor. */
export function plainClaimAt(document: RoleDocument, position: Position): { role: Role; claim: ExtendsClaim } | undefined {
  for (const role of document.roles) {
    const claim = role.extendsClaims.find((c) => !c.link && containsPosition(c.range, position));
    if (claim) return { role, claim };
  }
  return undefined;
}

/** Markdown for a hover on an extends claim: per section kind it names, every line it brings, each with its origin. */
export async function formatExtendsHover(document: RoleDocument, role: Role, claim: ExtendsClaim, sources: EffectiveRoleSources): Promise<string> {
  const target = await claimTarget(document, claim, sources);
  const kinds = claim.sectionKind === 'role' ? EFFECTIVE_KINDS : [claim.sectionKind];
  const parts: string[] = [];
  for (const kind of kinds) {
    const entries = await inheritedThrough(document, role, claim, kind, sources);
    const lines = entries.filter((e) => e.kind !== 'stop').length;
    const title = sectionTitle(sources.ladder, kind);
    let head = `**${title}** inherited through this claim`;
    if ('role' in target) {
      const place = rolePlace(target.document, target.role);
      head = `**${title} inherited from ${place.title}** (${sources.displayPath(place.uri)}:${place.line + 1})`;
    }
    parts.push(`${head}: ${lines} line${lines === 1 ? '' : 's'}\n\n${formatEntries(entries, sources.displayPath, HOVER_LINES).join('\n')}`);
  }
  return parts.join('\n\n');
}
