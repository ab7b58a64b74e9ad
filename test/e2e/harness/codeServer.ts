import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Tools } from './tools';

/** Where one run keeps code-server's state; nothing of it is reused between runs. */
export interface RunDirs {
  root: string;
  userData: string;
  extensions: string;
  config: string;
  log: string;
}

export interface RunningCodeServer {
  url: string;
  stop(): Promise<void>;
}

// Quiet, offline, trusted: no start page, tips, AI, updates, telemetry or git in the screenshots and logs.
export const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export function prepareRunDirs(root: string): RunDirs {
  const dirs: RunDirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    config: join(root, 'config.yaml'),
    log: join(root, 'code-server.log'),
  };
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  // An own config file, so code-server never writes ~/.config/code-server/config.yaml.
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

function codeServerEnv(tools: Tools): NodeJS.ProcessEnv {
  // code-server 4.139 runs on node 24 only; its launcher uses the first `node` on PATH.
  // VS Code's own markdown features stay on, as users have them: the suite checks Role Docs beside them.
  return { ...process.env, PATH: `${tools.node24Bin}:${process.env.PATH}` };
}

function commonArgs(dirs: RunDirs): string[] {
  return ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** Installs the packaged extension as a user would, and returns the folder it was unpacked to. */
export function installExtension(tools: Tools, dirs: RunDirs, vsix: string, id: string): string {
  const result = spawnSync(tools.codeServer, [...commonArgs(dirs), '--install-extension', vsix], {
    env: codeServerEnv(tools),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
  const folder = readdirSync(dirs.extensions).find((name) => name.startsWith(`${id}-`));
  if (!folder) throw new Error(`${vsix} installed, but no ${id}-* folder is in ${dirs.extensions}`);
  return join(dirs.extensions, folder);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startCodeServer(tools: Tools, dirs: RunDirs, timeoutMs = 60_000): Promise<RunningCodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(dirs.log, 'a');
  const args = [
    ...commonArgs(dirs),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // Closed windows' extension hosts (and their language servers) end after 5 s, not hours.
    '--reconnection-grace-time', '5',
    // Without it the built workbench ignores the `payload` that carries the extension tests.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  // detached: its own process group, so one kill reaches the server, extension hosts and language servers.
  const child = spawn(tools.codeServer, args, { env: codeServerEnv(tools), detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  const pgid = child.pid!;
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pgid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const onExit = (): void => killGroup('SIGKILL');
  process.once('exit', onExit);

  const stop = async (): Promise<void> => {
    killGroup('SIGTERM');
    await Promise.race([exit, new Promise((r) => setTimeout(r, 10_000))]);
    // The group outlives its leader when a child ignores SIGTERM; SIGKILL ends the stragglers.
    killGroup('SIGKILL');
    process.off('exit', onExit);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited during start; see ${dirs.log}`);
    const healthy = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return { url, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms; see ${dirs.log}`);
}
