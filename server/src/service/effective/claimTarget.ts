import type { ExtendsClaim, Role, RoleDocument } from '../document/model';
import { normalizeTitle } from '../document/normalizeText';
import { withoutTrailingParentheses } from '../text/trimEnd';
import { sectionTitle } from '../rules/ladder/missingSection';
import { headingForId, roleAt, sectionOfHeading } from '../rules/ladder/roleLookup';
import type { EffectiveRoleSources, StopReason } from './effectiveRoleTypes';

/** The role an extends claim names, or why the chain cannot go on from it. */
export type ClaimTarget = { document: RoleDocument; role: Role } | { reason: StopReason; message: string };

/**
 * Follows a claim the way a reader of the page would: its link (to a heading on this page or a
 * workspace page), else the one role of this page with the title the sentence names.
 */
export async function claimTarget(document: RoleDocument, claim: ExtendsClaim, sources: EffectiveRoleSources): Promise<ClaimTarget> {
  const link = claim.link;
  if (!link) return roleTitled(document, claim.roleText);
  if (link.kind !== 'fragment' && link.kind !== 'site-path' && link.kind !== 'relative') {
    return { reason: 'not-a-role', message: `The link '${link.target}' leads outside the workspace.` };
  }
  const uri = await sources.resolveLink(document.uri, link);
  if (uri === undefined) return { reason: 'broken-link', message: `No workspace page is at '${link.path ?? link.target}'.` };
  const target = uri === document.uri ? document : await sources.document(uri);
  const path = sources.displayPath(uri);
  if (!target) return { reason: 'page-not-loaded', message: `${path} is not loaded.` };
  if (link.fragment === undefined || link.fragment === '') {
    if (target.roles.length === 1) return { document: target, role: target.roles[0] };
    return { reason: 'not-a-role', message: `The link names the page ${path}, not one of its ${target.roles.length} roles.` };
  }
  const heading = headingForId(target, link.fragment);
  if (!heading) return { reason: 'broken-link', message: `${path} has no heading '#${link.fragment}'.` };
  const section = sectionOfHeading(target, heading);
  if (claim.sectionKind !== 'role' && section && section.kind !== claim.sectionKind) {
    return {
      reason: 'wrong-section',
      message: `'#${link.fragment}' lands on the '${heading.text}' heading, a ${sectionTitle(sources.ladder, section.kind)} section; the sentence extends ${sectionTitle(sources.ladder, claim.sectionKind)}.`,
    };
  }
  const role = roleAt(target, heading.startOffset);
  if (!role) return { reason: 'not-a-role', message: `'#${link.fragment}' lands on '${heading.text}', which is in no role.` };
  return { document: target, role };
}


function roleTitled(document: RoleDocument, roleText: string): ClaimTarget {
  const wanted = normalizeTitle(roleText).toLowerCase();
  const titled = (strip: boolean) =>
    document.roles.filter((r) => {
      const title = normalizeTitle(r.title).toLowerCase();
      return (strip ? withoutTrailingParentheses(title) : title) === wanted;
    });
  let found = titled(false);
  if (!found.length) found = titled(true);
  if (found.length === 1) return { document, role: found[0] };
  const message = found.length
    ? `'${roleText}' could be any of ${found.length} roles on this page: ${found.map((r) => r.title).join(', ')}.`
    : `No role on this page is titled '${roleText}', and the sentence has no link.`;
  return { reason: 'unresolved', message };
}
