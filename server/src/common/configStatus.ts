import { SETTINGS_NAME } from './folderConfig';
import type { RoleDocsFolder } from './roleDocsFolder';

/**
 * What the editor says about a folder whose configuration has problems: one line for the status
 * bar, and each problem as `file:line:col message`. Undefined when the configuration is sound.
 */
export function configProblemSummary(folder: RoleDocsFolder): { summary: string; problems: string[] } | undefined {
  const problems = folder.service.config.problems;
  if (!problems.length) return undefined;
  const display = (uri: string) => (uri.endsWith(`/${SETTINGS_NAME}`) ? 'roleDocs settings' : folder.service.displayPath(uri));
  const files = [...new Set(problems.map((p) => display(p.file)))];
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return {
    summary: `The configuration has ${count} (${files.join(', ')}); the ladder rules are off until ${problems.length === 1 ? 'it is' : 'they are'} fixed.`,
    problems: problems.map((p) => `${display(p.file)}:${p.line + 1}:${p.character + 1} ${p.message}`),
  };
}
