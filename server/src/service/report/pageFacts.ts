import type { Link, Role, RoleDocument } from '../document/model';
import type { Ladder } from '../ladder/types';
import { familyFor, gradeOf } from '../ladder/classifyTitle';
import { isRolePage } from '../roles/rolePage';
import { levelOrder } from '../rules/ladder/gradeOrder';
import { ALWAYS_VALID } from '../rules/brokenAnchor';
import { hasGeneratedHeadings } from '../rules/generatedHeadings';
import { headingForId, roleAt } from '../rules/ladder/roleLookup';

/** Where an "Extends that of [X](target)" claim points: the pages it may mean, most likely first, and the fragment. */
export interface ExtendsFact {
  text: string;
  /** 1-based line of the claim. */
  line: number;
  /** The link's destination as written. */
  target: string;
  fragment: string | null;
  /** Candidate page URIs (the page itself for a bare fragment). */
  candidates: string[];
}

/** One role of a page as the report reads it. Lines are 1-based. */
export interface RoleFact {
  title: string;
  line: number;
  /** Whether the role goes into the coverage matrix: a confident role with a level, on a role page. */
  inMatrix: boolean;
  level: { id: string; title: string; track: string; code: string | null; order: number } | null;
  /** The family's name: the title without its level words and codes ("Backend Engineer" for "Senior Backend Engineer"). */
  family: string;
  /** The ladder's grade of the level for the page's family. */
  ladderGrade: number | null;
  /** The first well-formed grade the role's text states. */
  statedGrade: number | null;
  extends: ExtendsFact[];
}

/** What the handbook report needs of one page: plain data, so it crosses worker threads and rests in the findings cache. */
export interface PageFacts {
  uri: string;
  rolePage: boolean;
  /** The ladder family whose grades apply to the page (familyFor), if any. */
  ladderFamily: { id: string; title: string; levels: string[] | null } | null;
  roles: RoleFact[];
  /** Every id the page answers → index of the role it lands in, or -1 outside any role. */
  anchors: Record<string, number>;
  /** Ids the site makes at build time are unknown: a fragment missing here is not proof of a broken link. */
  generatedHeadings: boolean;
}

/** The page's report facts under a ladder; `pagePath` is relative to the workspace root, as families read it. */
export function describePageFacts(document: RoleDocument, ladder: Ladder, pagePath: string, candidatesOf: (link: Link) => string[]): PageFacts {
  const title = document.frontMatter?.data?.title;
  const family = familyFor(ladder, pagePath, typeof title === 'string' ? title : undefined);
  const rolePage = isRolePage(document, ladder, pagePath);
  const codes = new Set(ladder.levels.flatMap((l) => (l.code ? [l.code.toLowerCase()] : [])));
  // A role named by its level alone ("IC3", a "Designer (L2)" column) belongs to the page's family.
  const pageTitle = (typeof title === 'string' && title.trim()) || document.headings.find((h) => h.depth === 1)?.text || '';
  const roles = document.roles.map((role): RoleFact => {
    const level = role.level?.level;
    const stated = role.gradeClaims.find((claim) => !claim.malformed);
    return {
      title: role.title,
      line: role.nameRange.start.line + 1,
      inMatrix: rolePage && role.confident && level !== undefined,
      level: level ? { id: level.id, title: level.title, track: level.track, code: level.code ?? null, order: levelOrder(ladder, level) } : null,
      family: familyName(role, codes) || pageTitle || role.title,
      ladderGrade: (level && gradeOf(ladder, level.id, family)) ?? null,
      statedGrade: stated?.grade ?? null,
      extends: role.extendsClaims.flatMap((claim) => {
        const link = claim.link;
        if (!link || (link.kind !== 'fragment' && link.kind !== 'site-path' && link.kind !== 'relative')) return [];
        const candidates = link.kind === 'fragment' ? [document.uri] : candidatesOf(link);
        return [{ text: claim.roleText, line: claim.range.start.line + 1, target: link.target, fragment: link.fragment ?? null, candidates }];
      }),
    };
  });
  return {
    uri: document.uri,
    rolePage,
    ladderFamily: family ? { id: family.id, title: family.title, levels: family.levels ?? null } : null,
    roles,
    anchors: anchorRoles(document, ladder),
    generatedHeadings: hasGeneratedHeadings(document),
  };
}

function anchorRoles(document: RoleDocument, ladder: Ladder): Record<string, number> {
  const anchors: Record<string, number> = {};
  for (const id of [...ALWAYS_VALID, ...ladder.layoutAnchors]) anchors[id] = -1;
  for (const id of document.anchorsById.keys()) {
    const heading = headingForId(document, id);
    const role = heading ? roleAt(document, heading.startOffset) : undefined;
    anchors[id] = role ? document.roles.indexOf(role) : -1;
  }
  return anchors;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'to', 'a', 'an']);

/** Level words, parenthesised levels, level codes and "Sr."/"Jr." are not part of a family's name; empty when nothing else is left. */
function familyName(role: Role, codes: ReadonlySet<string>): string {
  const matched = role.level?.matched;
  let name = role.title;
  if (matched) {
    const at = name.toLowerCase().indexOf(matched.toLowerCase());
    if (at >= 0) name = name.slice(0, at) + ' ' + name.slice(at + matched.length);
  }
  const words = name.replace(/\([^()]*\)/g, ' ').split(/[^\p{L}\p{N}&'-]+/u);
  const kept = words.filter((word) => word && !/^[-&']+$/.test(word) && word.toLowerCase() !== 'sr' && word.toLowerCase() !== 'jr' && !codes.has(word.toLowerCase()));
  // "Director of Engineering" and "Engineering Manager" are one family: joining words left at the edges go too.
  while (kept.length && CONNECTORS.has(kept[0].toLowerCase())) kept.shift();
  while (kept.length && CONNECTORS.has(kept[kept.length - 1].toLowerCase())) kept.pop();
  return kept.join(' ');
}
