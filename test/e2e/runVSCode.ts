// `npm run test:vscode`: the same suite in desktop VS Code, downloaded by @vscode/test-electron (needs
// access to update.code.visualstudio.com; on machines without it use `npm run test:e2e`).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = spawnSync(process.execPath, [join(root, 'test/e2e/build.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);

// The suite edits pages, so it runs on a copy of the fixture handbook.
const scratch = mkdtempSync(join(tmpdir(), 'role-docs-vscode-'));
const folder = join(scratch, 'workspace');
cpSync(join(root, 'test/e2e/workspace'), folder, { recursive: true });
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: built.stdout.trim(),
    launchArgs: [
      folder,
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(scratch, 'user-data'),
      '--extensions-dir', join(scratch, 'extensions'),
    ],
  });
} catch (error) {
  console.error((error as Error).message);
  code = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
