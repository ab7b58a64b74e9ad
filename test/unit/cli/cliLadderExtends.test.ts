import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeHandbook, runCliInProcess } from '../../helpers/runCliProcess';

const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';
const page = ['## Staff Widget Engineer', '', `The Staff Widget Engineer is a [grade 8](${GRADE_LINK}).`, ''].join('\n');

const FATAL_ONE = 'role-docs: The configuration has a problem, so no page was checked; fix it and run again:\n';

test('check reads a ladder that extends a file that extends gitlab: the last word on a level wins', async () => {
  const dir = makeHandbook({
    '.role-docs.json': '{ "ladder": "ladders/team.json" }',
    'ladders/team.json': '{ "extends": "../base.json", "name": "Team", "levels": [{ "id": "staff", "grade": 8 }] }',
    'base.json': '{ "extends": "gitlab", "name": "Base", "levels": [{ "id": "staff", "grade": 9 }] }',
    'widget.md': page,
  });
  const r = await runCliInProcess(['check'], dir);
  assert.deepEqual([r.status, r.stdout], [0, '']);
  const ladder = await runCliInProcess(['ladder'], dir);
  assert.equal(ladder.stdout.split('\n')[0], 'Ladder: Team (from ladders/team.json, named by .role-docs.json)');
  // The base removing the level the extending file changes leaves that file adding an incomplete level;
  // the GitLab families that graded it no longer name it.
  writeFileSync(join(dir, 'base.json'), '{ "extends": "gitlab", "removeLevels": ["staff"] }');
  const again = await runCliInProcess(['check'], dir);
  assert.equal(again.status, 2);
  assert.equal(again.stderr, `${FATAL_ONE}ladders/team.json:1:57 level "staff" adds level "staff" and is missing required properties "title", "track"\n`);
});

test('a cycle, a chain too deep or a base outside the folder stops the run with exit 2 and the files named', async () => {
  const cycle = makeHandbook({ '.role-docs.json': '{ "ladder": "a.json" }', 'a.json': '{ "extends": "./b.json" }', 'b.json': '{\n  "extends": "./a.json"\n}', 'widget.md': page });
  const r = await runCliInProcess(['check'], cycle);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `${FATAL_ONE}b.json:2:14 extends './a.json' makes a cycle (a.json → b.json → a.json): a ladder cannot extend itself, even through other files.\n`);

  const outside = makeHandbook({ 'hb/.role-docs.json': '{ "ladder": "ladder.json" }', 'hb/ladder.json': '{ "extends": "../shared.json" }', 'shared.json': '{ "extends": "gitlab" }', 'hb/widget.md': page });
  const o = await runCliInProcess(['check', 'hb'], outside);
  assert.equal(o.status, 2);
  assert.equal(
    o.stderr,
    `${FATAL_ONE}hb/ladder.json:1:14 The ladder file '../shared.json' that this ladder extends is outside the workspace, and only files inside it are read: move it into the workspace and give its path relative to this file.\n`,
  );

  const roles = await runCliInProcess(['roles', 'hb'], outside);
  assert.equal(roles.status, 2);
});

test('--ladder FILE may extend a ladder in the current folder or its own, not above both', async () => {
  const dir = makeHandbook({
    'base.json': '{ "extends": "gitlab", "name": "Base", "levels": [{ "id": "staff", "grade": 8 }] }',
    'ladders/team.json': '{ "extends": "../base.json", "name": "Team" }',
    'ladders/far.json': '{ "extends": "../../base.json" }',
    'widget.md': page,
  });
  const team = await runCliInProcess(['check', '--ladder', 'ladders/team.json'], dir);
  assert.deepEqual([team.status, team.stdout], [0, '']);
  const far = await runCliInProcess(['check', '--ladder', 'ladders/far.json'], dir);
  assert.equal(far.status, 2);
  assert.equal(
    far.stderr,
    `${FATAL_ONE}ladders/far.json:1:14 The ladder file '../../base.json' that this ladder extends is outside the workspace, and only files inside it are read: move it into the workspace and give its path relative to this file.\n`,
  );
});
