import type { Link, RoleDocument } from '../document/model';
import type { Ladder, SectionKind } from '../ladder/types';

/** A role's place: its title, page and the 0-based line of its heading (the name's line). */
export interface RolePlace {
  title: string;
  uri: string;
  line: number;
}

/** Why an extends chain stops at a claim. */
export type StopReason = 'cycle' | 'broken-link' | 'page-not-loaded' | 'not-a-role' | 'wrong-section' | 'unresolved' | 'no-section' | 'too-long';

/** A line the role states itself. */
export interface OwnLine {
  kind: 'own';
  text: string;
  depth: number;
  uri: string;
  /** 0-based line the text is written on. */
  line: number;
}

/** A line the role inherits: where it is written, and the role that states it. */
export interface InheritedLine extends Omit<OwnLine, 'kind'> {
  kind: 'inherited';
  from: RolePlace;
}

/** An extends claim the chain cannot follow, shown in place of what it would have brought. */
export interface ChainStop {
  kind: 'stop';
  reason: StopReason;
  /** What went wrong, in words. */
  message: string;
  /** The role the claim is written in, and the claim's place. */
  in: RolePlace;
  uri: string;
  line: number;
  /** The role the claim names, as written. */
  claim: string;
}

export type EffectiveEntry = OwnLine | InheritedLine | ChainStop;

export interface EffectiveSection {
  kind: SectionKind;
  /** The ladder's title for the kind ("Responsibilities"). */
  title: string;
  entries: EffectiveEntry[];
}

/** A role with everything it inherits through its extends claims expanded. */
export interface EffectiveRole {
  role: RolePlace;
  level?: string;
  grade?: number;
  sections: EffectiveSection[];
}

/** What following claims across pages needs; the service reads no file itself. */
export interface EffectiveRoleSources {
  /** The workspace page a link of `fromUri` lands on. */
  resolveLink(fromUri: string, link: Link): Promise<string | undefined>;
  /** The model of a page; undefined when it is not loaded. */
  document(uri: string): Promise<RoleDocument | undefined>;
  displayPath(uri: string): string;
  /** Section titles, levels and grades. */
  ladder: Ladder;
}
