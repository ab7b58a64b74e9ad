import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as vscode from 'vscode';
import { PAGES, codeOf, hasSeededAnchor, openPage, pageUri, restoreEditedPages, waitFor, waitForDiagnostics } from './helpers';

/** Pids of this extension host's children running the bundled node server (dist/server.js). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in /proc/PID/stat may hold spaces, so the parent pid is read after its closing ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((arg) => /[\\/]dist[\\/]server\.js$/.test(arg))) pids.push(Number(name));
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

suite('server recovery', () => {
  teardown(restoreEditedPages);

  test('after the server process is killed, it is restarted and diagnostics come back', async function () {
    if (process.platform !== 'linux') this.skip();
    const uri = pageUri(PAGES.product);
    const editor = await openPage(PAGES.product);
    await waitForDiagnostics(uri, 'the seeded broken anchor', hasSeededAnchor);
    const [pid] = await waitFor('the Role Docs server process', () => {
      const pids = serverPids();
      return pids.length ? pids : undefined;
    });
    assert.equal(serverPids().length, 1, 'one server per window');

    process.kill(pid!, 'SIGKILL');
    const [next] = await waitFor('a restarted server process', () => {
      const pids = serverPids().filter((p) => p !== pid);
      return pids.length ? pids : undefined;
    });
    assert.notEqual(next, pid);

    // Only a live server can report a defect typed after the restart.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\nSee [the pay bands](#pay-bands).\n'));
    const diagnostics = await waitForDiagnostics(uri, 'a finding for the link typed after the restart', (d) =>
      d.some((x) => codeOf(x) === 'RD001' && x.range.start.line === end.line + 1),
    );
    assert.ok(hasSeededAnchor(diagnostics), 'the earlier finding is reported again');
  });
});
