import gitlabLadderJson from '../../../../schemas/ladders/gitlab.json';
import { checkLadderSemantics } from './ladderChecks';
import { validateLadderSchema } from './ladderSchema';
import type { Ladder } from './types';

function loadDefaultLadder(): Ladder {
  const schemaIssues = validateLadderSchema(gitlabLadderJson);
  const { $schema: _schemaLink, ...ladder } = gitlabLadderJson;
  const issues = schemaIssues.length ? schemaIssues : checkLadderSemantics(ladder as unknown as Ladder);
  // A broken built-in ladder is a packaging bug, not a user error: fail loudly on first import.
  if (issues.length) {
    const messages = issues.map((issue) => issue.message).join('; ');
    throw new Error(`Role Docs built-in GitLab ladder is invalid: ${messages}`);
  }
  return ladder as unknown as Ladder;
}

/** GitLab's ladder (schemas/ladders/gitlab.json), validated when this module is first imported. */
export const defaultLadder: Ladder = loadDefaultLadder();
