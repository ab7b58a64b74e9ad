import type { SeveritySetting } from '../types';
import type { ConfigProblem, Ladder } from '../ladder/types';
import type { SlugProfileName } from '../document/slug';
import type { SitePathSettings } from '../sitePaths';

export interface RuleSetting {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

/** The configuration in force: defaults, then the workspace's `.role-docs.json`, then editor settings. */
export interface RoleDocsConfig {
  ladder: Ladder;
  /** Where the ladder came from, for messages and cache keys ("default" or a file). */
  ladderSource: string;
  slugProfile: SlugProfileName;
  /** Keyed by rule id. */
  rules: Map<string, RuleSetting>;
  sitePaths: SitePathSettings;
  include: string[];
  exclude: string[];
  problems: ConfigProblem[];
}

export const CONFIG_FILE_NAME = '.role-docs.json';
