import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { makeHandbook, projectRoot, runCliProcess } from '../../helpers/runCliProcess';

const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

const codeLadder = JSON.stringify({
  name: 'Codes',
  tracks: [{ id: 'ic', title: 'Individual contributor' }],
  levels: ['IC1', 'IC2', 'IC3'].map((code) => ({ id: code.toLowerCase(), code, title: `Engineer ${code.slice(2)}`, track: 'ic' })),
  sections: [
    { id: 'impact', title: 'Impact', required: ['role'] },
    { id: 'scope', title: 'Scope', required: ['role'] },
  ],
});

const codePage = ['# Levels', '', '## IC1', '', '- **Impact**: a task.', '- **Scope**: a task.', '', '## IC2', '', '- **Impact**: a feature.', '', '## IC4', '', '- **Impact**: a group.', ''].join('\n');

function codeHandbook(): string {
  return makeHandbook({ '.role-docs.json': '{ "ladder": "codes.json" }', 'codes.json': codeLadder, 'ladder.md': codePage, 'notes.md': '# Notes\n\nNothing here.\n' });
}

test('roles: one line per page, then one aligned line per role with level, code, source, sections, missing', () => {
  const r = runCliProcess(['roles'], codeHandbook());
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.equal(
    r.stdout,
    [
      'ladder.md: role page, 2 roles; unknown levels: IC4 (line 12)',
      '  3  IC1  heading  ic1  IC1  title  confident  has: impact, scope  missing: -',
      '  8  IC2  heading  ic2  IC2  title  confident  has: impact         missing: scope',
      'notes.md: not a role page, 0 roles',
      '',
    ].join('\n'),
  );
});

test('roles --format json: an array of pages, each role with every field', () => {
  const r = runCliProcess(['roles', 'ladder.md', '--format', 'json'], codeHandbook());
  assert.equal(r.status, 0);
  const role = (line: number, code: string, sections: string[], missing: string[]) => ({
    title: code,
    line,
    form: 'heading',
    level: code.toLowerCase(),
    code,
    grade: null,
    levelSource: 'title',
    confident: true,
    sections,
    missing,
    extends: [],
  });
  assert.deepEqual(JSON.parse(r.stdout), [
    {
      path: 'ladder.md',
      rolePage: true,
      roles: [role(3, 'IC1', ['impact', 'scope'], []), role(8, 'IC2', ['impact'], ['scope'])],
      unknownLevels: [{ name: 'IC4', line: 12 }],
    },
  ]);
});

test('roles with the built-in ladder: grades for the page, and extends claims with their fragments', () => {
  const page = [
    '## Widget Engineer',
    '',
    `The Widget Engineer is a [grade 6](${GRADE_LINK}).`,
    '',
    '## Senior Widget Engineer',
    '',
    `The Senior Widget Engineer is a [grade 7](${GRADE_LINK}).`,
    '',
    '### Senior Widget Engineer Requirements',
    '',
    '- Extends that of the [Widget Engineer](#widget-engineer) role',
    '',
  ].join('\n');
  const r = runCliProcess(['roles', 'widget.md'], makeHandbook({ 'widget.md': page }));
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout,
    [
      'widget.md: role page, 2 roles',
      '  1  Widget Engineer         heading  intermediate  grade 6  base   confident  has: job-grade                missing: responsibilities, requirements',
      '  5  Senior Widget Engineer  heading  senior        grade 7  title  confident  has: requirements, job-grade  missing: responsibilities                extends: Widget Engineer → #widget-engineer',
      '',
    ].join('\n'),
  );
});

test('roles of the level-codes example, read with the example folder\'s own .role-docs.json', () => {
  const r = runCliProcess(['roles', 'level-codes'], join(projectRoot, 'examples/ladders'));
  assert.equal(r.status, 0);
  const line = (n: number, code: string) => `  ${n}  ${code}  heading  ${code.toLowerCase()}  ${code}  title  confident  has: impact, scope, execution, teamwork  missing: -`;
  assert.equal(r.stdout, ['level-codes/engineering-framework.md: role page, 4 roles', line(10, 'IC2'), line(17, 'IC3'), line(24, 'IC4'), line(31, 'IC5'), ''].join('\n'));
});

test('roles: a format other than text or json is a usage error (exit 2)', () => {
  const r = runCliProcess(['roles', '--format', 'sarif'], codeHandbook());
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^role-docs: roles --format must be text or json, not 'sarif'\.\n\nUsage:/);
});

test('roles: a configuration problem stops it with exit 2, listing no roles under a ladder not meant', () => {
  const dir = makeHandbook({ '.role-docs.json': '{ "ladder": "missing.json" }', 'a.md': '# A\n' });
  const r = runCliProcess(['roles'], dir);
  assert.equal(r.status, 2);
  assert.equal(
    r.stderr,
    'role-docs: The configuration has a problem, so no page was checked; fix it and run again:\n' +
      ".role-docs.json:1:13 Cannot read the ladder file 'missing.json': check that it exists inside the workspace; its path is relative to .role-docs.json.\n",
  );
  assert.equal(r.stdout, '');
});

test('roles: an unreadable --ladder is a fatal configuration error (exit 2)', () => {
  const r = runCliProcess(['roles', '--ladder', 'missing.json'], codeHandbook());
  assert.equal(r.status, 2);
  assert.equal(
    r.stderr,
    'role-docs: The configuration has a problem, so no page was checked; fix it and run again:\n' +
      'missing.json: Cannot read the ladder file given to --ladder; check the path, which is relative to the current folder.\n',
  );
});
