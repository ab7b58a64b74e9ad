import type { ExtendsClaim } from '../../document/model';

export type SectionClaimKind = 'responsibilities' | 'requirements';

/** A kind word inside the role a claim names: the claim lists kinds ("the responsibilities and requirements of …"). */
const KIND_WORD = /responsibilit|requirement/i;

export const isSectionKind = (kind: string): kind is SectionClaimKind => kind === 'responsibilities' || kind === 'requirements';

/** A claim extending one section kind of one named role (not "the responsibilities and requirements of …"). */
export const isSectionClaim = (claim: ExtendsClaim): claim is ExtendsClaim & { sectionKind: SectionClaimKind } =>
  isSectionKind(claim.sectionKind) && !KIND_WORD.test(claim.roleText);
