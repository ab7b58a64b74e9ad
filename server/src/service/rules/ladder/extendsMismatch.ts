import type { Finding } from '../../types';
import type { ExtendsClaim, Role } from '../../document/model';
import type { Ladder, Level } from '../../ladder/types';
import type { Rule, RuleContext } from '../ruleTypes';
import { headingForId, roleAt } from './roleLookup';
import { sectionTitle } from './missingSection';
import { claimNamingOtherFamily, type OtherFamilyClaim } from './extendsOtherFamily';
import { isSectionClaim, isSectionKind, type SectionClaimKind } from './extendsKinds';

/** A heading naming both kinds ("Responsibilities and Requirements") holds both. */
const BOTH_KINDS = /responsibilit[\s\S]*requirement|requirement[\s\S]*responsibilit/i;

/** A claim naming one kind, written in the section of the other. */
interface Misplaced {
  claim: ExtendsClaim;
  written: SectionClaimKind;
  around: SectionClaimKind;
}

/** The Responsibilities or Requirements section of `role` the claim is written in, if it is in one. */
function sectionKindAround(role: Role, claim: ExtendsClaim): SectionClaimKind | undefined {
  // The innermost: a "#### Requirements" written inside "### Responsibilities" holds its own lines.
  const section = role.sections.filter((s) => claim.startOffset > s.heading.startOffset && claim.startOffset < s.endOffset).at(-1);
  if (!section || !isSectionKind(section.kind) || BOTH_KINDS.test(section.heading.text)) return undefined;
  return section.kind;
}

/**
 * The level a claim extends, only where it is certain: the level its words name in so many words,
 * else a link into a role the page names or states. A link landing elsewhere than its words say is
 * extends-target's finding, so the words decide here.
 */
function extendedLevel(context: RuleContext, claim: ExtendsClaim): Level | undefined {
  const named = context.classify(claim.roleText);
  if (named?.explicit) return named.level;
  const link = claim.link;
  if (link?.kind === 'fragment' && link.fragment) {
    const heading = headingForId(context.document, link.fragment);
    const target = heading && roleAt(context.document, heading.startOffset);
    return target?.confident ? context.levelOfRole(target)?.level : undefined;
  }
  return undefined;
}

/**
 * One finding per misplaced claim; when both sections extend the other's kind, one cause (the claims
 * or the headings swapped) and one finding.
 */
function misplacedFindings(ruleId: string, ladder: Ladder, role: Role, misplaced: Misplaced[]): Finding[] {
  const title = (kind: SectionClaimKind) => sectionTitle(ladder, kind);
  const where = `role '${role.title}', line ${role.nameRange.start.line + 1}`;
  if (misplaced.length === 2 && misplaced[0].around !== misplaced[1].around) {
    return [
      {
        ruleId,
        range: misplaced[0].claim.range,
        message: `Extends claims swapped: ${title(misplaced[0].around)} extends the ${misplaced[0].written} and ${title(misplaced[1].around)} the ${misplaced[1].written}; swap the two claims, or the two headings if their lists are swapped too (${where}).`,
        data: { swapped: true },
      },
    ];
  }
  return misplaced.map(({ claim, written, around }) => ({
    ruleId,
    range: claim.range,
    message: `Extends the ${written} in ${title(around)}: write 'Extends the ${claim.roleText} ${around}', or move the line to ${title(written)} (${where}).`,
    data: { written, section: around },
  }));
}

function otherFamilyFinding(ruleId: string, context: RuleContext, { claim, ownFamilyRole }: OtherFamilyClaim): Finding {
  const level = context.levelOfRole(ownFamilyRole)!.level;
  return {
    ruleId,
    range: claim.roleTextRange,
    message: `Extends claim names '${claim.roleText}', a role this page does not define: link it to the role's section, or name a role on the page (this family's ${level.title} is '${ownFamilyRole.title}', line ${ownFamilyRole.nameRange.start.line + 1}).`,
    fixes: [{ title: `Name ${ownFamilyRole.title}`, edits: [{ range: claim.roleTextRange, newText: ownFamilyRole.title }], safe: false, preferred: true }],
    data: { kind: 'other-family', level: level.id },
  };
}

export const extendsMismatch: Rule = {
  id: 'RD018',
  alias: 'extends-mismatch',
  description:
    "An extends claim that contradicts its place: a Responsibilities section extending another role's requirements (or the other way round), one role whose Responsibilities and Requirements extend two different levels, or an unlinked claim naming another family's role where the page gives the claimant's own family at that level.",
  tags: ['ladder', 'extends'],
  defaultSeverity: 'info',
  fixable: false,
  example:
    '## Analyst\n\n### Job Grade\n\nThe Analyst is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the reports.\n\n### Requirements\n\n- Two years of SQL.\n\n## Senior Analyst\n\n### Job Grade\n\nThe Senior Analyst is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Extends the Analyst requirements.\n- Own the models.\n\n### Requirements\n\n- Extends the Analyst requirements.\n',
  correctExample:
    '## Analyst\n\n### Job Grade\n\nThe Analyst is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Own the reports.\n\n### Requirements\n\n- Two years of SQL.\n\n## Senior Analyst\n\n### Job Grade\n\nThe Senior Analyst is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n### Responsibilities\n\n- Extends the Analyst responsibilities.\n- Own the models.\n\n### Requirements\n\n- Extends the Analyst requirements.\n',
  check(context: RuleContext): Finding[] {
    if (!context.rolePage) return [];
    const findings: Finding[] = [];
    for (const role of context.document.roles) {
      if (!role.confident) continue;
      const extended = new Map<SectionClaimKind, { claim: ExtendsClaim; level: Level }>();
      const misplaced: Misplaced[] = [];
      for (const claim of role.extendsClaims) {
        if (!isSectionClaim(claim)) continue;
        const otherFamily = claimNamingOtherFamily(context, role, claim);
        // A role another page of the workspace defines is a reference without a link, not a slip.
        if (otherFamily && context.rolesElsewhere && !context.rolesElsewhere.has(otherFamily.titleKey)) {
          findings.push(otherFamilyFinding(this.id, context, otherFamily));
          continue;
        }
        const around = sectionKindAround(role, claim);
        // A linked claim's kind is extends-target's to check against where the link lands.
        if (around && around !== claim.sectionKind && !claim.link) {
          misplaced.push({ claim, written: claim.sectionKind, around });
          continue;
        }
        const level = extendedLevel(context, claim);
        if (level && (around ?? claim.sectionKind) === claim.sectionKind && !extended.has(claim.sectionKind)) extended.set(claim.sectionKind, { claim, level });
      }
      findings.push(...misplacedFindings(this.id, context.ladder, role, misplaced));
      const responsibilities = extended.get('responsibilities');
      const requirements = extended.get('requirements');
      if (!responsibilities || !requirements || responsibilities.level.id === requirements.level.id) continue;
      const later = responsibilities.claim.startOffset > requirements.claim.startOffset ? responsibilities : requirements;
      findings.push({
        ruleId: this.id,
        range: later.claim.range,
        message: `Extends two levels: ${role.title}'s Responsibilities extend ${responsibilities.claim.roleText} (${responsibilities.level.title}) and its Requirements extend ${requirements.claim.roleText} (${requirements.level.title}); extend the same level in both.`,
        data: { responsibilities: responsibilities.level.id, requirements: requirements.level.id },
      });
    }
    return findings;
  },
};
