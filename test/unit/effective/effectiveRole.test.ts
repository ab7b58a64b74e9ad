import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveRole, inheritedThrough } from '../../../server/src/service/effective/effectiveRole';
import { formatEffectiveRole } from '../../../server/src/service/effective/formatEffectiveRole';
import { effectiveFixture, uriOf } from './effectiveFixtures';

const BACKEND = uriOf('backend-engineer.md');
const LOOPS = uriOf('loops-and-gaps.md');
const place = (title: string, line: number, uri = BACKEND) => ({ title, uri, line });
const own = (text: string, line: number, uri = BACKEND, depth = 0) => ({ kind: 'own', text, depth, uri, line });
const from = (title: string, roleLine: number, text: string, line: number, depth = 0) => ({ kind: 'inherited', text, depth, uri: BACKEND, line, from: place(title, roleLine) });

test('a chain of four levels: each line once, in place of the claim that brings it, marked with the role and line it comes from', async () => {
  const f = effectiveFixture();
  const { document, role } = f.roleOf('backend-engineer.md', 'Principal Backend Engineer');
  assert.deepEqual(await effectiveRole(document, role, f.sources()), {
    role: place('Principal Backend Engineer', 50),
    level: 'Principal',
    grade: 9,
    sections: [
      {
        kind: 'responsibilities',
        title: 'Responsibilities',
        entries: [
          from('Backend Engineer', 4, 'Ship small, well-tested merge requests.', 12),
          from('Backend Engineer', 4, 'Review code from other engineers.', 13),
          from('Senior Backend Engineer', 20, 'Lead the design of features that span several services.', 29),
          from('Staff Backend Engineer', 38, 'Set the technical direction of a stage.', 48),
          own('Shape the architecture of the whole product.', 59),
        ],
      },
      { kind: 'requirements', title: 'Requirements', entries: [] },
    ],
  });
});

test('own lines and extends: a whole-role claim above the sections and a claim by title alone, nested bullets kept', async () => {
  const f = effectiveFixture();
  const { document, role } = f.roleOf('backend-engineer.md', 'Staff Backend Engineer');
  const effective = await effectiveRole(document, role, f.sources());
  assert.deepEqual(effective.sections.map((s) => s.entries), [
    [
      from('Backend Engineer', 4, 'Ship small, well-tested merge requests.', 12),
      from('Backend Engineer', 4, 'Review code from other engineers.', 13),
      from('Senior Backend Engineer', 20, 'Lead the design of features that span several services.', 29),
      own('Set the technical direction of a stage.', 48),
    ],
    [
      from('Backend Engineer', 4, 'Two years of professional experience with Ruby or Go.', 17),
      from('Backend Engineer', 4, 'Ability to use GitLab.', 18),
      from('Senior Backend Engineer', 20, 'Mentor other engineers.', 35),
      from('Senior Backend Engineer', 20, 'In code review and in pairing.', 36, 1),
    ],
  ]);
});

test('across two pages: a relative link into another page, as a markdown document', async () => {
  const f = effectiveFixture();
  const { document, role } = f.roleOf('engineering-manager.md', 'Engineering Manager');
  assert.equal(
    formatEffectiveRole(await effectiveRole(document, role, f.sources()), f.service.displayPath),
    [
      '# Engineering Manager (grade 8)',
      '',
      '_Manager · engineering-manager.md:5 · own lines and every line inherited through its extends claims._',
      '',
      '## Responsibilities',
      '',
      '- Ship small, well-tested merge requests. — from Backend Engineer (backend-engineer.md:13)',
      '- Review code from other engineers. — from Backend Engineer (backend-engineer.md:14)',
      '- Lead the design of features that span several services. — from Senior Backend Engineer (backend-engineer.md:30)',
      '- Hire and grow a team of engineers. — own (engineering-manager.md:14)',
      '',
      '## Requirements',
      '',
      '- Two years of professional experience with Ruby or Go. — from Backend Engineer (backend-engineer.md:18)',
      '- Ability to use GitLab. — from Backend Engineer (backend-engineer.md:19)',
      '- Mentor other engineers. — from Senior Backend Engineer (backend-engineer.md:36)',
      '  - In code review and in pairing. — from Senior Backend Engineer (backend-engineer.md:37)',
      '- Two years of leading people. — own (engineering-manager.md:19)',
      '',
    ].join('\n'),
  );
});

test('a page the sources have not loaded: the chain stops at the link into it and says so', async () => {
  const f = effectiveFixture();
  const { document, role } = f.roleOf('engineering-manager.md', 'Engineering Manager');
  const effective = await effectiveRole(document, role, f.sources(['engineering-manager.md']));
  const manager = place('Engineering Manager', 4, uriOf('engineering-manager.md'));
  const stop = (line: number) => ({
    kind: 'stop',
    reason: 'page-not-loaded',
    message: 'backend-engineer.md is not loaded.',
    in: manager,
    uri: manager.uri,
    line,
    claim: 'Senior Backend Engineer',
  });
  assert.deepEqual(effective.sections.map((s) => s.entries), [
    [stop(12), own('Hire and grow a team of engineers.', 13, manager.uri)],
    [stop(17), own('Two years of leading people.', 18, manager.uri)],
  ]);
});

test('a cycle, broken links, a target that is no role or the wrong section, an unknown title: each stops its chain with what went wrong', async () => {
  const f = effectiveFixture();
  const { document, role } = f.roleOf('loops-and-gaps.md', 'Analyst');
  const analyst = place('Analyst', 4, LOOPS);
  const stop = (reason: string, message: string, claim: string, line: number, where = analyst) => ({ kind: 'stop', reason, message, in: where, uri: LOOPS, line, claim });
  const effective = await effectiveRole(document, role, f.sources());
  assert.deepEqual(effective.sections.map((s) => s.entries), [
    [
      stop('cycle', 'Extends claims form a cycle: Analyst → Senior Analyst → Analyst.', 'Analyst', 32, place('Senior Analyst', 24, LOOPS)),
      { kind: 'inherited', text: 'Own the data model.', depth: 0, uri: LOOPS, line: 33, from: place('Senior Analyst', 24, LOOPS) },
      own('Build the weekly report.', 13, LOOPS),
    ],
    [
      stop('broken-link', "loops-and-gaps.md has no heading '#lead-analyst-requirements'.", 'Lead Analyst', 17),
      stop('broken-link', "No workspace page is at '/job-families/data/principal-analyst/'.", 'Principal Analyst', 18),
      stop('wrong-section', "'#hiring-process' lands on the 'Hiring Process' heading, a Hiring Process section; the sentence extends Requirements.", 'Hiring Process', 19),
      stop('unresolved', "No role on this page is titled 'Chief Analyst', and the sentence has no link.", 'Chief Analyst', 20),
      stop('not-a-role', "'#working-here' lands on 'Working Here', which is in no role.", 'Working Here', 21),
      own('Knows SQL.', 22, LOOPS),
    ],
  ]);
});

test('a claimed role with nothing of the kind stops the chain; one claim alone gives what it brings', async () => {
  const f = effectiveFixture();
  const { document, role } = f.roleOf('backend-engineer.md', 'Principal Backend Engineer');
  const [claim] = role.extendsClaims;
  const brought = await inheritedThrough(document, role, claim, 'requirements', f.sources());
  assert.deepEqual(brought, [
    from('Backend Engineer', 4, 'Two years of professional experience with Ruby or Go.', 17),
    from('Backend Engineer', 4, 'Ability to use GitLab.', 18),
    from('Senior Backend Engineer', 20, 'Mentor other engineers.', 35),
    from('Senior Backend Engineer', 20, 'In code review and in pairing.', 36, 1),
  ]);
  const senior = f.roleOf('backend-engineer.md', 'Backend Engineer');
  const lonely = { ...senior.role, sections: senior.role.sections.filter((s) => s.kind !== 'requirements') };
  const staff = f.roleOf('backend-engineer.md', 'Senior Backend Engineer');
  const stops = await inheritedThrough(
    { ...senior.document, roles: senior.document.roles.map((r) => (r === senior.role ? lonely : r)) },
    staff.role,
    staff.role.extendsClaims[1],
    'requirements',
    f.sources(),
  );
  assert.deepEqual(stops, [
    { kind: 'stop', reason: 'no-section', message: 'Backend Engineer has no Requirements to inherit.', in: place('Senior Backend Engineer', 20), uri: BACKEND, line: 34, claim: 'Backend Engineer' },
  ]);
});

test('a claim by title alone names the one role whose title differs only by a part in parentheses; two such roles stop the chain', async () => {
  const text = [
    '## Analyst (Intermediate)',
    '',
    '### Responsibilities',
    '',
    '- Build the weekly report.',
    '',
    '## Analyst (Associate)',
    '',
    '### Responsibilities',
    '',
    '- Build a monthly report.',
    '',
    '## Senior Analyst',
    '',
    '### Responsibilities',
    '',
    '- Extends that of the Analyst responsibilities.',
    '- Extends that of the Senior Analyst responsibilities.',
    '',
  ].join('\n');
  const f = effectiveFixture();
  const document = f.service.getDocument('file:///ws/analysts.md', text, 1);
  const senior = document.roles.find((r) => r.title === 'Senior Analyst')!;
  const [ambiguous] = await inheritedThrough(document, senior, senior.extendsClaims[0], 'responsibilities', f.sources());
  assert.deepEqual(ambiguous, {
    kind: 'stop',
    reason: 'unresolved',
    message: "'Analyst' could be any of 2 roles on this page: Analyst (Intermediate), Analyst (Associate).",
    in: { title: 'Senior Analyst', uri: 'file:///ws/analysts.md', line: 12 },
    uri: 'file:///ws/analysts.md',
    line: 16,
    claim: 'Analyst',
  });
  const single = f.service.getDocument('file:///ws/analysts.md', text.replace('## Analyst (Associate)', '## Associate Analyst'), 2);
  const seniorAgain = single.roles.find((r) => r.title === 'Senior Analyst')!;
  assert.deepEqual(await inheritedThrough(single, seniorAgain, seniorAgain.extendsClaims[0], 'responsibilities', f.sources()), [
    { kind: 'inherited', text: 'Build the weekly report.', depth: 0, uri: 'file:///ws/analysts.md', line: 4, from: { title: 'Analyst (Intermediate)', uri: 'file:///ws/analysts.md', line: 0 } },
  ]);
});
