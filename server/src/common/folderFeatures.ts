import { createLanguageFeatures, type FeatureOptions, type LanguageFeatures, type RoleDocsService, WorkspaceIndex } from '../service';

export interface FolderFeatures {
  features: LanguageFeatures;
  index: WorkspaceIndex;
}

/** The one place the server builds the workspace index and the feature providers for a folder's service. */
export function createFolderFeatures(service: RoleDocsService, options: FeatureOptions = {}): FolderFeatures {
  const index = new WorkspaceIndex(service);
  return { features: createLanguageFeatures(service, index, options), index };
}
