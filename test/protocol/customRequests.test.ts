import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BACKEND, BACKEND_TEXT, createFixture, type Fixture } from './fixtureWorkspace';
import { LspSession } from './lspSession';

describe('Role Docs requests', () => {
  let fixture: Fixture;
  let session: LspSession;
  before(async () => {
    fixture = createFixture();
    ({ session } = await LspSession.start({ root: fixture.root }));
  });
  after(async () => {
    await session.stop();
    fixture.remove();
  });

  test('roleDocs/showLadder returns the ladder in force as a table', async () => {
    assert.deepEqual(await session.connection.sendRequest('roleDocs/showLadder', {}), {
      source: 'default',
      text: [
        'GitLab ladder',
        'Grade    | Management                    | Individual contributor',
        '---------+-------------------------------+-----------------------',
        '15       | CEO',
        '14       | EVP / CXO',
        '12       | VP                            | Fellow',
        '11       | Senior Director               | Senior Distinguished',
        '10       | Director                      | Distinguished',
        '9        | Senior Manager, Group Manager | Principal',
        '8        | Manager                       | Staff',
        '7        |                               | Senior',
        '6        |                               | Intermediate',
        '5        |                               | Junior, Associate',
        '4        |                               | Intern',
        'ungraded | Chief of Staff                | Team Lead',
        '',
      ].join('\n'),
    });
  });

  test('roleDocs/checkWorkspace counts every page, open or not', async () => {
    assert.deepEqual(await session.connection.sendRequest('roleDocs/checkWorkspace', {}), {
      files: 3,
      filesWithProblems: 2,
      errors: 2,
      warnings: 0,
      infos: 0,
      hints: 0,
      configProblems: 0,
    });
  });

  test('roleDocs/pageSummary gives the status bar its role and problem counts', async () => {
    await session.open(session.uri(BACKEND), BACKEND_TEXT);
    assert.deepEqual(await session.connection.sendRequest('roleDocs/pageSummary', { uri: session.uri(BACKEND) }), { roles: 2, problems: 1 });
  });
});
