import type { Range } from '../types';
import type { AnchorSource, LinkKind, RoleDocument } from '../document/model';
import type { RuleContext } from '../rules/ruleTypes';

/** A heading as other pages see it: enough to land a link on it and name it. */
export interface HeadingSummary {
  id: string;
  text: string;
  depth: number;
  range: Range;
  explicit: boolean;
}

/** Any id a link may land on: headings' ids and explicit (HTML, attribute) anchors. */
export interface AnchorSummary {
  id: string;
  source: AnchorSource;
  range: Range;
  headingIndex?: number;
}

/** A link that may land on a workspace page; external and empty links are not kept. */
export interface LinkSummary {
  kind: Extract<LinkKind, 'fragment' | 'site-path' | 'relative'>;
  path?: string;
  fragment?: string;
  range: Range;
  fragmentRange?: Range;
  /** The workspace page it lands on, resolved against the pages the index knows. */
  targetUri?: string;
  /** Index (in `roles`) of the role whose extends claim this link is. */
  extendsRole?: number;
}

export interface RoleSummary {
  title: string;
  headingIndex: number;
  /** Heading through the end of the role's block. */
  range: Range;
  levelTitle?: string;
  /** The grade the page states, else the ladder's grade for the level. */
  grade?: number;
}

export interface ExtendsSummary {
  role: number;
  roleText: string;
  /** Index in `links` when the claim is a link. */
  link?: number;
}

/** What the index keeps of a page: no text and no model, so thousands of pages stay small. */
export interface PageSummary {
  uri: string;
  version: number;
  headings: HeadingSummary[];
  anchors: AnchorSummary[];
  roles: RoleSummary[];
  links: LinkSummary[];
  extendsClaims: ExtendsSummary[];
}

/**
 * A copy of `text` that holds no reference to the page it was cut from: engines keep substrings as
 * views into their parent, and one heading id must not keep a whole page alive in the index.
 */
export function detached(text: string): string;
export function detached(text: string | undefined): string | undefined;
export function detached(text: string | undefined): string | undefined {
  return text === undefined ? undefined : (JSON.parse(JSON.stringify(text)) as string);
}

/** The grade a role states in its first well-formed grade sentence. */
export function statedGrade(role: RoleDocument['roles'][number]): number | undefined {
  return role.gradeClaims.find((c) => !c.malformed)?.grade;
}

/** Reduces a parsed page to its summary; `ladder` classifies role titles for the page's family. */
export function summarizePage(document: RoleDocument, ladder: Pick<RuleContext, 'levelOfRole' | 'gradeOf'>): PageSummary {
  const headings = document.headings.map((h) => ({
    id: detached(h.id),
    text: detached(h.text),
    depth: h.depth,
    range: h.range,
    explicit: h.explicitId !== undefined,
  }));
  const anchors = document.anchors.map((a) => ({ id: detached(a.id), source: a.source, range: a.range, headingIndex: a.headingIndex }));
  const roles = document.roles.map((role) => {
    const level = ladder.levelOfRole(role)?.level;
    return {
      title: detached(role.title),
      headingIndex: role.heading.index,
      range: role.range,
      levelTitle: level?.title,
      grade: statedGrade(role) ?? (level ? ladder.gradeOf(level) : undefined),
    };
  });
  const links: LinkSummary[] = [];
  const linkIndex = new Map<number, number>();
  for (const link of document.links) {
    if (link.kind !== 'fragment' && link.kind !== 'site-path' && link.kind !== 'relative') continue;
    linkIndex.set(link.startOffset, links.length);
    links.push({
      kind: link.kind,
      path: detached(link.path),
      fragment: detached(link.fragment),
      range: link.range,
      fragmentRange: link.fragmentRange,
      targetUri: link.kind === 'fragment' ? document.uri : undefined,
    });
  }
  const extendsClaims: ExtendsSummary[] = [];
  document.roles.forEach((role, r) => {
    for (const claim of role.extendsClaims) {
      const at = claim.link ? linkIndex.get(claim.link.startOffset) : undefined;
      if (at !== undefined) links[at].extendsRole = r;
      extendsClaims.push({ role: r, roleText: detached(claim.roleText), link: at });
    }
  });
  return { uri: detached(document.uri), version: document.version, headings, anchors, roles, links, extendsClaims };
}
