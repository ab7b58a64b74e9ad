import type { ExtendsClaim, Role } from '../../document/model';
import type { RuleContext } from '../ruleTypes';
import { isSectionClaim } from './extendsKinds';
import { comparableTitle, familyWords, roleTitleKeys, sameWords, sharesWord, wordsContained } from './roleTitleWords';

/** A capitalised short form ("CSM", "L&D", "SA") may abbreviate a title of the page: nothing is decided. */
const SHORT_FORM = /\b\p{Lu}[\p{Lu}&]+\b/u;

/** An unlinked claim naming a role of another family, and the role of the claimant's family the page gives at that level. */
export interface OtherFamilyClaim {
  claim: ExtendsClaim;
  /** The page's role of the claimant's own family at the level the claim names. */
  ownFamilyRole: Role;
  /** The named title as `comparableTitle` gives it: what other pages of the workspace are searched for. */
  titleKey: string;
}

/**
 * An unlinked claim that names, at a level it states, a role the page does not define, of a family
 * that shares no word with the claimant's, while the page gives the claimant's own family at that
 * level ("Staff UX Researcher: Extends that of the Senior Product Designer", Senior UX Researcher on
 * the page): the sentence came from another family's page. Silent where the title could be a page
 * role in other words (a word left out or added, a short form).
 */
export function claimNamingOtherFamily(context: RuleContext, role: Role, claim: ExtendsClaim): OtherFamilyClaim | undefined {
  if (claim.link || !role.confident || SHORT_FORM.test(claim.roleText)) return undefined;
  const named = context.classify(claim.roleText);
  const roleLevel = context.levelOfRole(role);
  if (!named?.explicit || !roleLevel || roleLevel.level.id === named.level.id) return undefined;
  // The claim's own words first: most claims name the claimant's family, and the page's roles are then never scanned.
  const claimFamily = familyWords(claim.roleText, named.matched);
  const ownFamily = familyWords(role.title, roleLevel.matched);
  if (!claimFamily.size || !ownFamily.size || sharesWord(claimFamily, ownFamily)) return undefined;
  const key = comparableTitle(claim.roleText);
  const { roles } = context.document;
  if (!key || roles.some((other) => roleTitleKeys(other.title).some((title) => wordsContained(title, key)))) return undefined;
  const ownFamilyRole = roles.find((other) => {
    if (!other.confident) return false;
    const level = context.levelOfRole(other);
    return level?.level.id === named.level.id && sameWords(familyWords(other.title, level.matched), ownFamily);
  });
  return ownFamilyRole && { claim, ownFamilyRole, titleKey: key };
}

/** Every such claim of the page: the service looks their titles up on the workspace's other pages before the rules run. */
export function claimsNamingOtherFamilies(context: RuleContext): OtherFamilyClaim[] {
  if (!context.rolePage) return [];
  const found: OtherFamilyClaim[] = [];
  for (const role of context.document.roles) {
    for (const claim of role.extendsClaims) {
      const other = isSectionClaim(claim) ? claimNamingOtherFamily(context, role, claim) : undefined;
      if (other) found.push(other);
    }
  }
  return found;
}
