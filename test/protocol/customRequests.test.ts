import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BACKEND, BACKEND_TEXT, STAFF, STAFF_TEXT } from './fixtureWorkspace';
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

  test('roleDocs/effectiveRole gives the role at the cursor with what it inherits across pages, and follows its title through an edit', async () => {
    const staff = session.uri(STAFF);
    await session.open(staff, STAFF_TEXT);
    const backend = 'job-families/engineering/backend-engineer.md';
    const markdown = (own: string, line: number) =>
      [
        '# Staff Backend Engineer (grade 8)',
        '',
        `_Staff · job-families/engineering/staff-backend-engineer.md:${line} · own lines and every line inherited through its extends claims._`,
        '',
        '## Responsibilities',
        '',
        `- Ship small features with guidance — from Backend Engineer (Intermediate) (${backend}:29)`,
        `- Leads features across teams — from Senior Backend Engineer (${backend}:46)`,
        `- ${own} — own (job-families/engineering/staff-backend-engineer.md:${line + 11})`,
        '',
        '## Requirements',
        '',
        `- Extends that of the Backend Engineer (Intermediate) requirements — from Senior Backend Engineer (${backend}:50)`,
        `- Mentors others, see [the hiring steps](#hiring-proces) — from Senior Backend Engineer (${backend}:51)`,
        `- Ability to use GitLab — own (job-families/engineering/staff-backend-engineer.md:${line + 16})`,
        '',
      ].join('\n');
    assert.deepEqual(await session.connection.sendRequest('roleDocs/effectiveRole', { uri: staff, position: { line: 18, character: 3 } }), {
      title: 'Staff Backend Engineer',
      line: 6,
      markdown: markdown('Sets direction for a stage', 7),
    });
    assert.equal(await session.connection.sendRequest('roleDocs/effectiveRole', { uri: staff, position: { line: 2, character: 3 } }), null);
    // Two lines added above the role and its own line reworded: asked by title, the answer follows both.
    const edited = STAFF_TEXT.replace('## Staff Backend Engineer', 'An added note.\n\n## Staff Backend Engineer').replace('Sets direction for a stage', 'Sets direction for two stages');
    await session.change(staff, 2, [{ text: edited }]);
    assert.deepEqual(await session.connection.sendRequest('roleDocs/effectiveRole', { uri: staff, position: { line: 6, character: 0 }, title: 'Staff Backend Engineer' }), {
      title: 'Staff Backend Engineer',
      line: 8,
      markdown: markdown('Sets direction for two stages', 9),
    });
  });
});
