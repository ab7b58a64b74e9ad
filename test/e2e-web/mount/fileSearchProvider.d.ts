// The part of VS Code's proposed `fileSearchProvider` API the workspace mount uses (enabled in its
// manifest and in the workbench's product configuration; not in @types/vscode).
import 'vscode';

declare module 'vscode' {
  export interface FileSearchQuery {
    pattern: string;
  }
  export interface FileSearchOptions {
    folder: Uri;
    maxResults?: number;
  }
  export interface FileSearchProvider {
    provideFileSearchResults(query: FileSearchQuery, options: FileSearchOptions, token: CancellationToken): ProviderResult<Uri[]>;
  }
  export namespace workspace {
    export function registerFileSearchProvider(scheme: string, provider: FileSearchProvider): Disposable;
  }
}
