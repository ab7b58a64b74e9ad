import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BACKEND, BACKEND_TEXT } from './fixtureWorkspace';
import { useFixtureSession } from './fixtureSession';
import { LspSession } from './lspSession';
import { FIXTURE_CHECK_COUNTS } from './expectations';
import { formatLadderTable } from '../../server/src/service/ladder/ladderTable';
import { defaultLadder } from '../../server/src/service/ladder/defaultLadder';

describe('Role Docs requests', () => {
  let session: LspSession;
  useFixtureSession((started) => (session = started));

  test('roleDocs/showLadder returns the ladder in force as a table', async () => {
    assert.deepEqual(await session.connection.sendRequest('roleDocs/showLadder', {}), {
      source: 'default',
      text: formatLadderTable(defaultLadder),
    });
  });

  test('roleDocs/checkWorkspace counts every page, open or not', async () => {
    assert.deepEqual(await session.connection.sendRequest('roleDocs/checkWorkspace', {}), FIXTURE_CHECK_COUNTS);
  });

  test('roleDocs/levelSection gives the role Insert Level Section writes: the lowest at the top, the next below a role', async () => {
    await session.open(session.uri(BACKEND), BACKEND_TEXT);
    const at = async (line: number) =>
      ((await session.connection.sendRequest('roleDocs/levelSection', { uri: session.uri(BACKEND), position: { line, character: 0 } })) as { title: string } | null)?.title;
    assert.deepEqual([await at(0), await at(40), await at('not a line' as unknown as number)], ['Intern Backend Engineer', 'Staff Backend Engineer', undefined]);
  });

  test('roleDocs/pageSummary gives the status bar its role and problem counts', async () => {
    await session.open(session.uri(BACKEND), BACKEND_TEXT);
    assert.deepEqual(await session.connection.sendRequest('roleDocs/pageSummary', { uri: session.uri(BACKEND) }), { roles: 2, problems: 1 });
  });
});
