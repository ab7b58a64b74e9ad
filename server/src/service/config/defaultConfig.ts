import { defaultLadder } from '../ladder/defaultLadder';
import { defaultSitePathSettings } from '../sitePaths';
import type { RoleDocsConfig } from './configTypes';

export function defaultConfig(): RoleDocsConfig {
  return {
    ladder: defaultLadder,
    ladderSource: 'default',
    slugProfile: 'github',
    rules: new Map(),
    sitePaths: { ...defaultSitePathSettings },
    include: [],
    exclude: [],
    problems: [],
  };
}
