import type { Finding } from '../types';
import type { Link, RoleDocument } from '../document/model';
import type { RuleContext } from './ruleTypes';
import { withoutTrailingSlashes } from '../text/trimEnd';
import { fragmentMistake, mayBeMissingHash } from './fragmentShape';

/** Mistakes in a parsed link's destination: a level link without its `#`, two fragments, a bracket in a fragment. */
export function linkTargetMistakes(ruleId: string, context: RuleContext, link: Link): Finding | undefined {
  if (link.viaReference || !link.targetRange) return undefined;
  if (mayBeMissingHash(link)) return missingHash(ruleId, context, link);
  if (link.fragment === undefined || !link.fragmentRange) return undefined;
  const mistake = fragmentMistake(link.fragment);
  if (!mistake) return undefined;
  const ids = link.kind === 'external' ? undefined : context.linkedDocument(link)?.document;
  if (mistake === 'double-fragment') {
    const id = ids && lastKnownPart(link.fragment, ids);
    return {
      ruleId,
      range: link.fragmentRange,
      message: `Link target '${link.target}' has more than one '#': keep one fragment (link '${link.text}').`,
      fixes: id ? [{ title: `Change the link to '#${id}'`, edits: [{ range: link.fragmentRange, newText: id }], safe: true, preferred: true }] : undefined,
      data: { kind: 'double-fragment', fragment: link.fragment },
    };
  }
  const unbracketed = link.fragment.replace(/[[\]]/g, '');
  // Without the page's ids the bracket is still a typo, but dropping it is only certain where the id exists.
  const certain = ids !== undefined && ids.anchorsById.has(unbracketed);
  return {
    ruleId,
    range: link.fragmentRange,
    message: `Bracket in the fragment '#${link.fragment}': remove it, no heading id has one (link '${link.text}').`,
    fixes: unbracketed
      ? [{ title: `Change the link to '#${unbracketed}'`, edits: [{ range: link.fragmentRange, newText: unbracketed }], safe: certain, preferred: true }]
      : undefined,
    data: { kind: 'stray-bracket', fragment: link.fragment },
  };
}

function missingHash(ruleId: string, context: RuleContext, link: Link): Finding | undefined {
  const slug = link.target.trim();
  if (!context.document.anchorsById.has(slug) || context.linkedDocument(link)) return undefined;
  const start = link.targetRange!.start;
  return {
    ruleId,
    range: link.targetRange!,
    message: `Missing '#': link to '#${slug}', a heading on this page, not to a file '${slug}' (link '${link.text}').`,
    fixes: [{ title: `Change the link to '#${slug}'`, edits: [{ range: { start, end: start }, newText: '#' }], safe: true, preferred: true }],
    data: { kind: 'missing-hash', target: slug },
  };
}

/** The last `#`-separated part of the fragment that is an id of the page (trailing `/` ignored), if any. */
function lastKnownPart(fragment: string, page: RoleDocument): string | undefined {
  const parts = fragment.split('#').map(withoutTrailingSlashes).filter(Boolean);
  return parts.reverse().find((p) => page.anchorsById.has(p));
}
