import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeHandbook, runCliInProcess } from '../../helpers/runCliProcess';
import { parseLadderText } from '../../../server/src/service/ladder/loadLadder';
import { validateLadderSchema } from '../../../server/src/service/ladder/ladderSchema';
import { LADDER_SHAPES, starterLadderText } from '../../../server/src/cli/starterLadders';

const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

/** Runs the CLI in `dir` and asserts it exits 0 with exactly these stdout lines and stderr (check's summary). */
async function expectOutput(args: string[], dir: string, lines: string[], stderr = ''): Promise<void> {
  const r = await runCliInProcess(args, dir);
  assert.deepEqual([r.status, r.stderr, r.stdout], [0, stderr, [...lines, ''].join('\n')], args.join(' '));
}

/** A folder after `role-docs init` with `flags`, plus `files`; fails unless init exits 0. */
async function initialised(flags: string[], files: Record<string, string>): Promise<string> {
  const dir = makeHandbook(files);
  const r = await runCliInProcess(['init', ...flags], dir);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  return dir;
}

test('every starter ladder passes the schema and loads with no problem', () => {
  for (const shape of LADDER_SHAPES) {
    const text = starterLadderText(shape);
    assert.deepEqual(validateLadderSchema(JSON.parse(text)), [], shape);
    assert.deepEqual(parseLadderText(text, 'ladder.json').problems, [], shape);
  }
});

test('init with no flags writes the gitlab starter and .role-docs.json, and says what to run next', async () => {
  const dir = makeHandbook({ 'README.md': '# Handbook\n' });
  const r = await runCliInProcess(['init'], dir);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.equal(
    r.stdout,
    [
      'Wrote ladder.json: a starter ladder of the gitlab shape (the built-in GitLab ladder, ready to change).',
      'Wrote .role-docs.json: names ladder.json as the ladder.',
      'Next: edit ladder.json to match your levels, then run',
      '  role-docs roles    to see the roles it finds on each page',
      '  role-docs check    to check the pages',
      '',
    ].join('\n'),
  );
  assert.equal(readFileSync(join(dir, 'ladder.json'), 'utf8'), starterLadderText('gitlab'));
  assert.equal(readFileSync(join(dir, '.role-docs.json'), 'utf8'), '{\n  "ladder": "ladder.json"\n}\n');
  assert.deepEqual(readdirSync(dir).sort(), ['.role-docs.json', 'README.md', 'ladder.json'], 'no temp file is left behind');
});

test('gitlab shape: roles and check read the page with the GitLab levels and grades', async () => {
  const page = ['## Widget Engineer', '', `The Widget Engineer is a [grade 6](${GRADE_LINK}).`, '', '## Senior Widget Engineer', '', `The Senior Widget Engineer is a [grade 6](${GRADE_LINK}).`, ''].join('\n');
  const dir = await initialised([], { 'widget.md': page });
  await expectOutput(['roles'], dir, [
    'widget.md: role page, 2 roles',
    '  1  Widget Engineer         heading  intermediate  grade 6  base   confident  has: job-grade  missing: responsibilities, requirements',
    '  5  Senior Widget Engineer  heading  senior        grade 7  title  confident  has: job-grade  missing: responsibilities, requirements',
  ]);
  await expectOutput(['check'], dir, ["widget.md:7:40 info RD003/grade-mismatch Grade 6 should be 7: Senior is grade 7 on the ladder (role 'Senior Widget Engineer', line 5)."], '1 file checked: 0 errors, 0 warnings, 1 notes.\n');
});

test('level-codes shape: ## ICn headings with labelled bullets are roles; a code the ladder lacks is reported', async () => {
  const page = ['# Engineering framework', '', '## IC2', '', '- **Impact**: a feature.', '- **Scope**: a team.', '- **Teamwork**: pairs.', '', '## IC3', '', '- **Impact**: a product area.', '- **Scope**: a group.', '', '## IC9', '', '- **Impact**: everything.', ''].join('\n');
  const dir = await initialised(['--shape', 'level-codes'], { 'framework.md': page });
  assert.equal(readFileSync(join(dir, 'ladder.json'), 'utf8'), starterLadderText('level-codes'));
  await expectOutput(['roles'], dir, [
    'framework.md: role page, 2 roles; unknown levels: IC9 (line 14)',
    '  3  IC2  heading  ic2  IC2  title  confident  has: impact, scope, teamwork  missing: -',
    '  9  IC3  heading  ic3  IC3  title  confident  has: impact, scope            missing: teamwork',
  ]);
  await expectOutput(['check'], dir, [
    'framework.md:9:4 info RD005/missing-section Missing Teamwork for IC3 (line 9): add one; the other levels on this page have it.',
    "framework.md:14:4 warning RD016/unknown-level Unknown level 'IC9': the Engineering ladder's IC levels are IC1, IC2, IC3, IC4, IC5.",
  ], '1 file checked: 0 errors, 1 warnings, 1 notes.\n');
});

test('level-table shape, written with --dir: each level column is a role with the row sections', async () => {
  const page = ['# Product design', '', '| | Designer (L2) | Senior Designer (L3) | Principal Designer (L5) |', '|---|---|---|---|', '| Mastery | a | b | c |', '| Scope | a | b | c |', '| Communication | a | b | |', ''].join('\n');
  const dir = makeHandbook({ 'design/product.md': page });
  const init = await runCliInProcess(['init', '--shape=level-table', '--dir', 'design'], dir);
  assert.equal(init.status, 0);
  assert.equal(
    init.stdout,
    [
      'Wrote design/ladder.json: a starter ladder of the level-table shape (levels L1–L5 as the columns or rows of a table).',
      'Wrote design/.role-docs.json: names ladder.json as the ladder.',
      'Next: edit design/ladder.json to match your levels, then run',
      '  role-docs roles design    to see the roles it finds on each page',
      '  role-docs check design    to check the pages',
      '',
    ].join('\n'),
  );
  await expectOutput(['roles', 'design'], dir, [
    'design/product.md: role page, 3 roles',
    '  3  Designer (L2)            table-column  l2  L2  title  confident  has: mastery, scope, communication  missing: -',
    '  3  Senior Designer (L3)     table-column  l3  L3  title  confident  has: mastery, scope, communication  missing: -',
    '  3  Principal Designer (L5)  table-column  l5  L5  title  confident  has: mastery, scope                 missing: communication',
  ]);
  await expectOutput(['check', 'design'], dir, ['design/product.md:3:44 info RD005/missing-section Missing Communication for Principal Designer (L5) (line 3): add one; the other levels on this page have it.'], '1 file checked: 0 errors, 0 warnings, 1 notes.\n');
});

test('init refuses to replace an existing file: exit 1, a message, nothing written; --force replaces both', async () => {
  const config = '{ "ladder": "mine.json", "rules": { "RD003": "off" } }\n';
  const dir = makeHandbook({ '.role-docs.json': config });
  const r = await runCliInProcess(['init', '--shape', 'level-codes'], dir);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'role-docs init: .role-docs.json already exists, so nothing was written; run again with --force to replace it.\n');
  assert.equal(readFileSync(join(dir, '.role-docs.json'), 'utf8'), config);
  assert.equal(existsSync(join(dir, 'ladder.json')), false);

  writeFileSync(join(dir, 'ladder.json'), '{ "extends": "gitlab" }\n');
  const both = await runCliInProcess(['init'], dir);
  assert.equal(both.status, 1);
  assert.equal(both.stderr, 'role-docs init: ladder.json and .role-docs.json already exist, so nothing was written; run again with --force to replace them.\n');

  const forced = await runCliInProcess(['init', '--shape', 'level-codes', '--force'], dir);
  assert.equal(forced.status, 0);
  assert.equal(readFileSync(join(dir, 'ladder.json'), 'utf8'), starterLadderText('level-codes'));
  assert.equal(readFileSync(join(dir, '.role-docs.json'), 'utf8'), '{\n  "ladder": "ladder.json"\n}\n');
});

test('init usage errors exit 2: a misspelt shape gets a did-you-mean, an unknown one the list', async () => {
  const dir = makeHandbook({});
  const near = await runCliInProcess(['init', '--shape', 'level-code'], dir);
  assert.equal(near.status, 2);
  assert.equal(near.stderr.split('\n')[0], "role-docs: --shape must be gitlab, level-codes or level-table, not 'level-code'; did you mean 'level-codes'?");
  const far = await runCliInProcess(['init', '--shape=spiral'], dir);
  assert.equal(far.stderr.split('\n')[0], "role-docs: --shape must be gitlab, level-codes or level-table, not 'spiral'.");
  const path = await runCliInProcess(['init', 'docs'], dir);
  assert.equal(path.stderr.split('\n')[0], "role-docs: init takes no paths ('docs'); give the folder with --dir.");
  const flag = await runCliInProcess(['init', '--fix'], dir);
  assert.equal(flag.stderr.split('\n')[0], "role-docs: init has no option '--fix'.");
  assert.deepEqual(readdirSync(dir), []);
});
