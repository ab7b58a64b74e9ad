import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/runCliProcess';

export interface ChildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Why the child was killed, if it was: the deadline or the per-case watchdog. */
  killed?: 'deadline' | 'watchdog';
  /** The last `case …` line the child printed before it was killed or ended. */
  lastCase?: string;
}

export interface ChildOptions {
  /** The whole run is killed after this long. */
  deadlineMs: number;
  /** Killed when no `case …` line arrives for this long: one case is hung. */
  perCaseMs?: number;
  /** Max heap for the child, in MB. */
  maxHeapMB?: number;
}

/** Runs a TypeScript file (via tsx) in a child, so a hang or runaway memory cannot take the test runner down. */
export function runTsChild(script: string, args: string[], options: ChildOptions): Promise<ChildResult> {
  const execArgv = ['--import', 'tsx'];
  if (options.maxHeapMB) execArgv.push(`--max-old-space-size=${options.maxHeapMB}`);
  const child = spawn(process.execPath, [...execArgv, join(projectRoot, script), ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let lastCase: string | undefined;
  let killed: ChildResult['killed'];
  const kill = (why: NonNullable<ChildResult['killed']>): void => {
    killed ??= why;
    child.kill('SIGKILL');
  };
  const deadline = setTimeout(() => kill('deadline'), options.deadlineMs);
  // Armed by the first `case` line: start-up (tsx compiling) is covered by the overall deadline only.
  let watchdog: NodeJS.Timeout | undefined;
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith('case ')) continue;
      lastCase = line;
      if (options.perCaseMs) {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => kill('watchdog'), options.perCaseMs);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearTimeout(deadline);
      if (watchdog) clearTimeout(watchdog);
      resolve({ status, stdout, stderr, killed, lastCase });
    });
  });
}

/** The last JSON line a child printed, parsed. */
export function lastJson<T>(stdout: string): T | undefined {
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  return line ? (JSON.parse(line) as T) : undefined;
}

/** A failure message for a child that did not finish cleanly: what happened and to which input. */
export function childFailure(what: string, r: ChildResult): string {
  const why = r.killed === 'watchdog' ? 'a single case exceeded its deadline' : r.killed === 'deadline' ? 'the run exceeded its deadline' : `exit status ${r.status}`;
  return `${what}: ${why}${r.lastCase ? ` (last ${r.lastCase})` : ''}\n${r.stderr.slice(-3000)}`;
}
