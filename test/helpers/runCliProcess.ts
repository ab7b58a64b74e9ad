import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = join(projectRoot, 'dist/cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI (built by `npm test` before the tests) as a user would; `env` adds variables, `nodeArgs` goes before the script. */
export function runCliProcess(args: string[], cwd: string, options: { env?: Record<string, string>; nodeArgs?: string[] } = {}): CliRun {
  const env = { ...process.env, ...options.env };
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cliPath, ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary handbook: relative path → content (string or bytes). */
export function makeHandbook(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'role-docs-test-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

/**
 * Runs the CLI's `runCli` in this process, from source, with the same stdout and stderr text as
 * bin.ts writes: the exit status, output and messages of a run without a process to start.
 */
export async function runCliInProcess(args: string[], cwd: string): Promise<CliRun> {
  const { runCli } = await import('../../server/src/cli/main');
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    cwd,
    stdout: (text) => void (stdout += text + '\n'),
    stderr: (text) => void (stderr += text.startsWith('\r') ? text : text + '\n'),
    interactive: false,
  });
  return { status, stdout, stderr };
}
