import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { BACKEND, BACKEND_TEXT, STAFF, createFixture, type Fixture } from './fixtureWorkspace';
import { LspSession } from './lspSession';
import type { LadderTreeFolder, LadderTreeResult } from '../../server/src/common/protocol';

/** Each covered level as `title: role (path:line, grade)`, each role flagged when its grade disagrees. */
function covered(folder: LadderTreeFolder): string[] {
  return folder.tree!.tracks.flatMap((track) =>
    track.levels
      .filter((level) => level.covered)
      .flatMap((level) => level.roles.map((r) => `${level.title}: ${r.title} (${r.path}:${r.range.start.line + 1}, grade ${r.statedGrade})${r.gradeProblem ? ` ! ${r.gradeProblem}` : ''}`)),
  );
}

describe('roleDocs/ladderTree', () => {
  let fixture: Fixture;
  let session: LspSession;
  let notified = 0;
  const waiting: (() => void)[] = [];
  beforeEach(async () => {
    fixture = createFixture();
    ({ session } = await LspSession.start({ root: fixture.root }));
    notified = 0;
    session.connection.onNotification('roleDocs/ladderTreeChanged', () => {
      notified++;
      for (const wake of waiting.splice(0)) wake();
    });
  });
  afterEach(async () => {
    await session.stop();
    fixture.remove();
  });
  const ask = () => session.connection.sendRequest<LadderTreeResult>('roleDocs/ladderTree', {});
  /** Resolves once the server has said the tree changed more than `after` times (bounded). */
  const nextChange = async (after: number): Promise<void> => {
    const deadline = Date.now() + 15_000;
    while (notified <= after) {
      if (Date.now() > deadline) throw new Error(`no roleDocs/ladderTreeChanged after ${after}`);
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, 1000);
      });
    }
  };

  test('gives each folder its ladder with the roles of its pages on their levels', async () => {
    const { folders } = await ask();
    assert.deepEqual(
      folders.map(({ uri, name, tree }) => ({ uri, name, ladder: tree?.ladderName, source: tree?.source, roles: tree?.roleCount })),
      [{ uri: session.rootUri, name: basename(fixture.root), ladder: 'GitLab', source: 'default', roles: 3 }],
    );
    assert.deepEqual(covered(folders[0]!), [
      'Intermediate: Backend Engineer (Intermediate) (job-families/engineering/backend-engineer.md:19, grade 6)',
      'Senior: Senior Backend Engineer (job-families/engineering/backend-engineer.md:35, grade 7)',
      'Staff: Staff Backend Engineer (job-families/engineering/staff-backend-engineer.md:7, grade 8)',
    ]);
  });

  test('once asked, the server says when a page changes; the tree then shows the edit, a disagreeing grade flagged', async () => {
    await ask();
    const before = notified;
    await session.open(session.uri(BACKEND), BACKEND_TEXT);
    const senior = BACKEND_TEXT.split('\n').indexOf('The Senior Backend Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).');
    const at = 'The Senior Backend Engineer is a [grade '.length;
    await session.change(session.uri(BACKEND), 2, [{ range: { start: { line: senior, character: at }, end: { line: senior, character: at + 1 } }, text: '9' }]);
    await nextChange(before);
    assert.equal(
      covered((await ask()).folders[0]!)[1],
      "Senior: Senior Backend Engineer (job-families/engineering/backend-engineer.md:35, grade 9) ! Grade 9 should be 7: Senior is grade 7 on the ladder (role 'Senior Backend Engineer', line 35).",
    );

    // A page deleted on disk leaves its level uncovered.
    const deleted = notified;
    rmSync(join(fixture.root, STAFF));
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: session.uri(STAFF), type: FileChangeType.Deleted }] });
    await nextChange(deleted);
    const staff = (await ask()).folders[0]!.tree!.tracks[0]!.levels.find((l) => l.id === 'staff')!;
    assert.deepEqual([staff.covered, staff.roles], [false, []]);
  });

  test('a broken configuration gives its problem instead of a tree', async () => {
    await ask();
    const before = notified;
    fixture.write('.role-docs.json', '{ "ladder": "ladders/missing.json" }\n');
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: session.uri('.role-docs.json'), type: FileChangeType.Created }] });
    await nextChange(before);
    assert.deepEqual((await ask()).folders, [
      {
        uri: session.rootUri,
        name: basename(fixture.root),
        problem: 'The configuration has a problem (.role-docs.json); the ladder rules are off until it is fixed.',
      },
    ]);
  });
});
