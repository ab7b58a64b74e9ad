import type { Finding, Severity } from '../types';
import type { Link, RoleDocument, Role } from '../document/model';
import type { FamilyOverride, Ladder, Level, LevelMatchResult } from '../ladder/types';

/** What every rule reads: the page, the ladder, and the pages its links point into. */
export interface RuleContext {
  readonly document: RoleDocument;
  readonly ladder: Ladder;
  readonly family: FamilyOverride | undefined;
  /** Path of the page relative to its workspace root, for messages. */
  readonly displayPath: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** Whether the ladder takes this page for a role page: rules about roles and ladder-wide page sections stay silent elsewhere. */
  readonly rolePage: boolean;
  /** The page a site-path or relative link points at, if it is in the workspace (the page itself for fragments). */
  linkedDocument(link: Link): { document: RoleDocument; displayPath: string } | undefined;
  /**
   * Of the titles the page's unlinked extends claims name where it gives no such role (comparable
   * form), those another page of the workspace gives a role; undefined when they were not looked up.
   */
  readonly rolesElsewhere: ReadonlySet<string> | undefined;
  classify(title: string): LevelMatchResult | undefined;
  /** The ladder grade of a level for this page's family. */
  gradeOf(level: Level): number | undefined;
  /** The level a role's heading names, memoised per role. */
  levelOfRole(role: Role): LevelMatchResult | undefined;
}

/** A JSON Schema fragment (draft-07), as plain JSON. */
export type JsonSchema = { readonly [key: string]: unknown };

/** What the config schema, the rule docs and report formats say about a rule. */
export interface RuleInfo {
  /** Stable id, `RDnnn`. */
  readonly id: string;
  /** Kebab-case name of the defect. */
  readonly alias: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /** Schema of each option the rule reads from `context.options`, by option name (for the config schema and docs). */
  readonly options?: Readonly<Record<string, JsonSchema>>;
  /** Text showing the defect, for the rule's documentation page. */
  readonly example?: string;
  /**
   * The ladder file (JSON) both examples are checked against, for rules only a ladder of another
   * shape gives findings for; the built-in ladder otherwise.
   */
  readonly exampleLadder?: Readonly<Record<string, unknown>>;
  /** The same text put right: no finding of this rule (test/unit/ruleExamples.test.ts checks both). */
  readonly correctExample?: string;
  /** Language of both examples: markdown unless the rule is about another kind of file. */
  readonly exampleLanguage?: 'markdown' | 'json' | 'text';
}

export interface Rule extends RuleInfo {
  check(context: RuleContext): Finding[];
}
