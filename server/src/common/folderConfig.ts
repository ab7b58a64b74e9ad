import { CONFIG_FILE_NAME, type ConfigProblem, defaultConfig, isSlugProfileName, parseConfigText, type RoleDocsConfig } from '../service';

/** The `roleDocs.*` editor settings. Empty values leave the `.role-docs.json` value in force. */
export interface ClientSettings {
  ladder?: string | null;
  slugProfile?: string | null;
  rules?: Record<string, unknown> | null;
  include?: string[] | null;
  exclude?: string[] | null;
  diagnostics?: { scope?: unknown } | null;
}

/** Which pages the server reports problems for on its own: the open ones, or every page of the folder. */
export type DiagnosticsScope = 'openFiles' | 'workspace';

/** Open pages only by default: a large handbook would otherwise fill the Problems panel on opening. */
export function diagnosticsScopeOf(settings: ClientSettings): DiagnosticsScope {
  return settings.diagnostics?.scope === 'workspace' ? 'workspace' : 'openFiles';
}

export interface FolderConfig {
  config: RoleDocsConfig;
  /** Problems with a place in a file: the config file or a ladder file. */
  problems: ConfigProblem[];
  /** Problems in the editor settings, which have no file to show them in. */
  settingsProblems: string[];
  /** Files whose change means the configuration must be read again. */
  watchedFiles: string[];
  diagnosticsScope: DiagnosticsScope;
}

type ReadText = (uri: string) => Promise<string | undefined>;

/** Stands in for the settings as a file, so a relative `roleDocs.ladder` resolves against the folder. */
export const SETTINGS_NAME = '.role-docs-settings';

export function configFileUri(folderUri: string): string {
  return `${folderUri}/${CONFIG_FILE_NAME}`;
}

/** The settings the user actually set, in `.role-docs.json` form. */
function settingsAsConfig(settings: ClientSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof settings.ladder === 'string' && settings.ladder.trim()) out.ladder = settings.ladder.trim();
  if (typeof settings.slugProfile === 'string' && settings.slugProfile) out.slugProfile = settings.slugProfile;
  if (settings.rules && typeof settings.rules === 'object' && Object.keys(settings.rules).length) out.rules = settings.rules;
  if (Array.isArray(settings.include) && settings.include.length) out.include = settings.include;
  if (Array.isArray(settings.exclude) && settings.exclude.length) out.exclude = settings.exclude;
  return out;
}

/**
 * Defaults, then the folder's `.role-docs.json`, then the editor settings. A problem anywhere leaves
 * the rest in force, and a ladder that does not load leaves the default ladder.
 */
export async function loadFolderConfig(folderUri: string | undefined, settings: ClientSettings, readFile: ReadText): Promise<FolderConfig> {
  const watchedFiles: string[] = [];
  // Every file the configuration reads (a ladder, the ladders it extends) is watched, present or not.
  const readText: ReadText = (uri) => {
    if (!watchedFiles.includes(uri)) watchedFiles.push(uri);
    return readFile(uri);
  };
  const diagnosticsScope = diagnosticsScopeOf(settings);
  let config = defaultConfig();
  if (folderUri) {
    const uri = configFileUri(folderUri);
    const text = await readText(uri);
    if (text !== undefined) config = await parseConfigText(text, uri, readText, [folderUri]);
  }
  const problems = [...config.problems];
  const settingsProblems: string[] = [];
  const overrides = settingsAsConfig(settings);
  if (!Object.keys(overrides).length) return { config, problems, settingsProblems, watchedFiles, diagnosticsScope };

  const base = folderUri ?? 'untitled:';
  const settingsUri = `${base}/${SETTINGS_NAME}`;
  const fromSettings = await parseConfigText(JSON.stringify(overrides), settingsUri, readText, folderUri ? [folderUri] : undefined);
  for (const p of fromSettings.problems) {
    if (p.file === settingsUri) settingsProblems.push(`Setting roleDocs: ${p.message}`);
    else problems.push(p);
  }
  // A bad setting has no file to be shown in, but it too keeps the ladder rules off.
  const settingsFileProblems = fromSettings.problems.filter((p) => p.file === settingsUri);
  const merged: RoleDocsConfig = { ...config, rules: new Map([...config.rules, ...fromSettings.rules]), problems: [...problems, ...settingsFileProblems] };
  if (overrides.ladder !== undefined && fromSettings.ladderSource !== 'default') {
    merged.ladder = fromSettings.ladder;
    merged.ladderSource = fromSettings.ladderSource;
  }
  if (isSlugProfileName(overrides.slugProfile)) merged.slugProfile = overrides.slugProfile;
  if (overrides.include !== undefined) merged.include = fromSettings.include;
  if (overrides.exclude !== undefined) merged.exclude = fromSettings.exclude;
  return { config: merged, problems, settingsProblems, watchedFiles, diagnosticsScope };
}
