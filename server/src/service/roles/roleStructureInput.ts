import type { ExtendsClaim, GradeClaim, Heading } from '../document/model';
import type { LineIndex } from '../text/lineIndex';
import type { SectionMatch, SectionMatcher } from '../document/sectionMatcher';
import type { RoleModel } from './roleModel';

/** What finding a page's roles reads: its headings and their section matches, claims, text, and the ladder's role model. */
export interface RoleStructureInput {
  headings: Heading[];
  matches: (SectionMatch | undefined)[];
  gradeClaims: GradeClaim[];
  extendsClaims: ExtendsClaim[];
  text: string;
  lines: LineIndex;
  model: RoleModel;
  matchSection: SectionMatcher;
  /** The page's front matter, for one page per level. */
  frontMatter?: Record<string, unknown>;
}
