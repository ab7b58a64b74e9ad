import {
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerCustomRequests } from './customRequests';
import { clientPullsDiagnostics, serverCapabilities } from './capabilities';
import { Diagnostics } from './diagnostics';
import { registerFeatureHandlers } from './featureHandlers';
import { FileWatchers } from './fileWatchers';
import type { ClientSettings } from './folderConfig';
import { FolderSet, type CreateWorkspace } from './folderSet';
import { LadderTreeChanges } from './ladderTreeChanges';
import type { Log } from './guard';
import { EDITOR_MARKDOWN_FEATURES, SETTINGS_SECTION } from './protocol';
import { CONFIG_FILE_NAME } from '../service';
import type { OpenPage, RoleDocsFolder } from './roleDocsFolder';

declare const ROLE_DOCS_VERSION: string;

function isPage(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.md$/i.test(document.uri);
}

function asSettings(value: unknown): ClientSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ClientSettings) : {};
}

/**
 * The Role Docs language server over any connection: the node entry passes stdio or IPC and a
 * file-system workspace, the web worker passes a worker connection and a workspace over requests.
 */
export function startServer(connection: Connection, createWorkspace: CreateWorkspace): void {
  /** Set at shutdown: the client may close the connection any moment, so nothing more is sent. */
  let shutDown = false;
  const log: Log & { log(message: string): void } = {
    error: (message) => shutDown || connection.console.error(message),
    log: (message) => shutDown || connection.console.log(message),
  };
  const documents = new TextDocuments(TextDocument);
  const folders = new FolderSet(createWorkspace, { log: (message) => shutDown || connection.console.warn(message) });
  let client: ClientCapabilities = {};
  let diagnostics: Diagnostics | undefined;
  const ladderTreeChanges = new LadderTreeChanges(connection);
  let watchers: FileWatchers | undefined;
  /** Settings from didChangeConfiguration, for clients that cannot be asked for them. */
  let pushedSettings: ClientSettings = {};

  const openPages = (folder: RoleDocsFolder) => (): OpenPage[] =>
    documents
      .all()
      .filter((d) => isPage(d) && folders.route(d.uri) === folder)
      .map((d) => ({ uri: d.uri, text: d.getText(), version: d.version }));

  async function settingsFor(folder: RoleDocsFolder): Promise<ClientSettings> {
    if (!client.workspace?.configuration) return pushedSettings;
    try {
      return asSettings(await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: SETTINGS_SECTION }));
    } catch (error) {
      log.error(`Cannot read the roleDocs settings: ${String(error)}`);
      return {};
    }
  }

  async function configure(targets: RoleDocsFolder[]): Promise<void> {
    for (const folder of targets) {
      try {
        await folder.configure(await settingsFor(folder), openPages(folder));
      } catch (error) {
        log.error(`Cannot load the configuration of ${folder.uri ?? 'loose pages'}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  }

  /**
   * Reads the configuration of these folders, then checks every page again. With `findNested`, first
   * looks again for `.role-docs.json` files below the workspace folders and reads the new ones too.
   */
  function reload(targets: RoleDocsFolder[], findNested = false): Promise<void> {
    const loading = folders.ready.then(async () => {
      const added = findNested ? await folders.findNestedConfigs(log.error) : [];
      await configure([...targets, ...added]);
    });
    folders.ready = loading;
    return loading.then(async () => {
      if (shutDown) return;
      ladderTreeChanges.changed();
      await watchers?.update(folders);
      await diagnostics?.everythingChanged();
    });
  }

  connection.onInitialize((params: InitializeParams) => {
    client = params.capabilities;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    for (const root of roots) folders.add(root);
    const options = params.initializationOptions as Record<string, unknown> | undefined;
    pushedSettings = asSettings(options?.[SETTINGS_SECTION]);
    folders.editorResolvesLinks = options?.[EDITOR_MARKDOWN_FEATURES] === true;
    diagnostics = new Diagnostics({
      connection,
      documents,
      folders,
      log,
      pull: clientPullsDiagnostics(client),
      refreshSupport: client.workspace?.diagnostics?.refreshSupport === true,
    });
    diagnostics.listen();
    registerCustomRequests({ connection, documents, folders, diagnostics, ladderTreeChanges, log });
    // Requests wait for the first configuration, which is read once the client is initialized.
    let configured!: () => void;
    folders.ready = new Promise((resolve) => (configured = resolve));
    connection.onInitialized(() => {
      configured();
      if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        watchers = new FileWatchers(connection, log, client.workspace.didChangeWatchedFiles.relativePatternSupport === true);
      }
      if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      }
      if (client.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          for (const removed of event.removed) folders.remove(removed.uri);
          void reload(event.added.map((f) => folders.add(f.uri)), true);
        });
      }
      void reload(folders.all(), true);
    });
    const version = typeof ROLE_DOCS_VERSION === 'string' ? ROLE_DOCS_VERSION : 'dev';
    return { capabilities: serverCapabilities(client, folders.editorResolvesLinks), serverInfo: { name: 'role-docs', version } };
  });

  connection.onDidChangeConfiguration((params) => {
    if (!client.workspace?.configuration) pushedSettings = asSettings((params.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
    void reload(folders.all());
  });

  documents.onDidChangeContent(({ document }) => {
    if (!isPage(document)) return;
    void folders.ready.then(() => {
      const current = documents.get(document.uri);
      if (!current) return;
      folders.route(current.uri).open({ uri: current.uri, text: current.getText(), version: current.version });
      ladderTreeChanges.changed();
      return diagnostics?.pageChanged(current.uri, false);
    });
  });

  documents.onDidClose(({ document }) => {
    if (!isPage(document)) return;
    void folders.ready.then(async () => {
      await folders.route(document.uri).close(document.uri);
      ladderTreeChanges.changed();
      await diagnostics?.pageChanged(document.uri, true);
    });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    void folders.ready.then(async () => {
      const reconfigure = new Set<RoleDocsFolder>();
      let findNested = false;
      for (const { uri, type } of changes) {
        const watching = folders.all().filter((f) => f.loaded?.watchedFiles.includes(uri));
        // A .role-docs.json no folder reads yet: a new folder configuration below a workspace folder.
        if (!watching.length && uri.endsWith(`/${CONFIG_FILE_NAME}`)) findNested = true;
        else if (type === FileChangeType.Deleted && uri.endsWith(`/${CONFIG_FILE_NAME}`)) findNested = true;
        if (watching.length) {
          for (const folder of watching) reconfigure.add(folder);
        } else if (/\.md$/i.test(uri) && !documents.get(uri)) {
          await folders.route(uri).fileChanged(uri, type === FileChangeType.Deleted);
          ladderTreeChanges.changed();
          await diagnostics?.pageChanged(uri, true);
        }
      }
      if (findNested) await reload(folders.all(), true);
      else if (reconfigure.size) await reload([...reconfigure]);
    });
  });

  connection.onShutdown(() => {
    shutDown = true;
    diagnostics?.dispose();
    ladderTreeChanges.dispose();
  });

  registerFeatureHandlers({ connection, documents, folders, log, diagnosticsAsOf: (uri, version, items) => diagnostics?.asOfVersion(uri, version, items) ?? items });
  documents.listen(connection);
  connection.listen();
}
