import type { RoleDocsService } from '../service';
import { createLanguageFeatures, type FeatureOptions } from '../service/features';
import type { LanguageFeatures } from '../service/features/languageFeatures';
import { WorkspaceIndex } from '../service/workspaceIndex';

export interface FolderFeatures {
  features: LanguageFeatures;
  index: WorkspaceIndex;
}

/** The one place the server builds the workspace index and the feature providers for a folder's service. */
export function createFolderFeatures(service: RoleDocsService, options: FeatureOptions = {}): FolderFeatures {
  const index = new WorkspaceIndex(service);
  return { features: createLanguageFeatures(service, index, options), index };
}
