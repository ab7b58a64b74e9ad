import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DidChangeWatchedFilesNotification, DocumentDiagnosticRequest, FileChangeType, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { BACKEND, BACKEND_TEXT, STAFF, STAFF_TEXT, createFixture, type Fixture } from './fixtureWorkspace';
import { LspSession } from './lspSession';

const RENAMED = BACKEND_TEXT.replace('#### Senior Backend Engineer Requirements', '#### Senior Backend Engineer Must Haves');

/**
 * With a client that watches pages, the server keeps what it read of closed pages until the
 * client reports a change: an edit must not re-read every page its links might point at.
 */
describe('closed pages under file watchers', () => {
  let fixture: Fixture;
  let session: LspSession;
  before(async () => {
    fixture = createFixture();
    ({ session } = await LspSession.start({ root: fixture.root }));
    await session.waitFor('the file watchers', () => session.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
  });
  after(async () => {
    await session.stop();
    fixture.remove();
  });

  const brokenLinks = async () => {
    const report = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: session.uri(STAFF) } })) as FullDocumentDiagnosticReport;
    return report.items.filter((d) => d.code === 'RD001').map((d) => d.range.start.line);
  };

  test('a linked page changed on disk counts once the watcher reports it, and is not read again before', async () => {
    await session.open(session.uri(STAFF), STAFF_TEXT);
    assert.deepEqual(await brokenLinks(), []);
    fixture.write(BACKEND, RENAMED);
    assert.deepEqual(await brokenLinks(), []);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: session.uri(BACKEND), type: FileChangeType.Changed }] });
    assert.deepEqual(await brokenLinks(), [21]);
  });

  test('a link target created on disk counts once the watcher reports it', async () => {
    const moved = STAFF_TEXT.replaceAll('/job-families/engineering/backend-engineer/', '/job-families/engineering/backend/');
    await session.change(session.uri(STAFF), 2, [{ text: moved }]);
    assert.deepEqual(await brokenLinks(), []);
    fixture.write('job-families/engineering/backend.md', RENAMED);
    assert.deepEqual(await brokenLinks(), []);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: session.uri('job-families/engineering/backend.md'), type: FileChangeType.Created }],
    });
    assert.deepEqual(await brokenLinks(), [21]);
  });
});
