import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeHandbook, projectRoot, runCliProcess } from '../../helpers/runCliProcess';

const FIXTURES = join(projectRoot, 'test/fixtures/effective');
const PAGES = ['backend-engineer.md', 'engineering-manager.md', 'loops-and-gaps.md'];

/** The effective-role fixtures under job-families/, run from the handbook's root. */
function handbook(): string {
  return makeHandbook(Object.fromEntries(PAGES.map((name) => [`job-families/${name}`, readFileSync(join(FIXTURES, name), 'utf8')])));
}

test('role FILE:LINE prints the effective role as markdown, inherited lines with the role and line they come from', () => {
  const r = runCliProcess(['role', 'job-families/backend-engineer.md:39'], handbook());
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout,
    [
      '# Staff Backend Engineer (grade 8)',
      '',
      '_Staff · job-families/backend-engineer.md:39 · own lines and every line inherited through its extends claims._',
      '',
      '## Responsibilities',
      '',
      '- Ship small, well-tested merge requests. — from Backend Engineer (job-families/backend-engineer.md:13)',
      '- Review code from other engineers. — from Backend Engineer (job-families/backend-engineer.md:14)',
      '- Lead the design of features that span several services. — from Senior Backend Engineer (job-families/backend-engineer.md:30)',
      '- Set the technical direction of a stage. — own (job-families/backend-engineer.md:49)',
      '',
      '## Requirements',
      '',
      '- Two years of professional experience with Ruby or Go. — from Backend Engineer (job-families/backend-engineer.md:18)',
      '- Ability to use GitLab. — from Backend Engineer (job-families/backend-engineer.md:19)',
      '- Mentor other engineers. — from Senior Backend Engineer (job-families/backend-engineer.md:36)',
      '  - In code review and in pairing. — from Senior Backend Engineer (job-families/backend-engineer.md:37)',
      '',
    ].join('\n'),
  );
});

test('role --format json: the documented shape, with 1-based lines, paths as shown and stops in words', () => {
  const r = runCliProcess(['role', 'loops-and-gaps.md:25', '--format', 'json'], join(handbook(), 'job-families'));
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const senior = { title: 'Senior Analyst', path: 'loops-and-gaps.md', line: 25 };
  assert.deepEqual(JSON.parse(r.stdout), {
    role: senior,
    level: 'Senior',
    grade: 7,
    sections: [
      {
        kind: 'responsibilities',
        title: 'Responsibilities',
        entries: [
          {
            kind: 'stop',
            reason: 'cycle',
            message: 'Extends claims form a cycle: Senior Analyst → Analyst → Senior Analyst.',
            claim: 'Senior Analyst',
            in: { title: 'Analyst', path: 'loops-and-gaps.md', line: 5 },
            path: 'loops-and-gaps.md',
            line: 13,
          },
          { kind: 'inherited', text: 'Build the weekly report.', depth: 0, path: 'loops-and-gaps.md', line: 14, from: { title: 'Analyst', path: 'loops-and-gaps.md', line: 5 } },
          { kind: 'own', text: 'Own the data model.', depth: 0, path: 'loops-and-gaps.md', line: 34 },
        ],
      },
      { kind: 'requirements', title: 'Requirements', entries: [] },
    ],
  });
});

test('role with a LINE that is no role heading: exit 2 and the role headings of the file with their lines', () => {
  const r = runCliProcess(['role', 'job-families/backend-engineer.md:40'], handbook());
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    [
      'role-docs: job-families/backend-engineer.md:40 is not a role heading. Its role headings:',
      '   5  Backend Engineer',
      '  21  Senior Backend Engineer',
      '  39  Staff Backend Engineer',
      '  51  Principal Backend Engineer',
      '',
    ].join('\n'),
  );
});

test('role usage errors: no FILE:LINE, a format it does not write, a missing file', () => {
  const dir = handbook();
  const noLine = runCliProcess(['role', 'job-families/backend-engineer.md'], dir);
  assert.equal(noLine.status, 2);
  assert.match(noLine.stderr, /^role-docs: role needs one FILE:LINE \(the line of a role heading\)\.\n\nUsage:/);
  const sarif = runCliProcess(['role', 'job-families/backend-engineer.md:5', '--format', 'sarif'], dir);
  assert.equal(sarif.status, 2);
  assert.match(sarif.stderr, /^role-docs: role --format must be markdown or json, not 'sarif'\.\n\nUsage:/);
  const missing = runCliProcess(['role', 'job-families/nowhere.md:5'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^role-docs: No such file or directory: job-families\/nowhere\.md\n\nUsage:/);
  const markdownCheck = runCliProcess(['check', '--format', 'markdown'], dir);
  assert.equal(markdownCheck.status, 2);
  assert.match(markdownCheck.stderr, /^role-docs: --format must be text, json, sarif or codequality, not 'markdown'\.\n\nUsage:/);
});
