import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, fullRole, GRADE_LINK, PAGE_TAIL } from './checkPage';
import { ladderFromObject } from '../../../server/src/service/ladder/loadLadder';

// Classes of wrong findings seen on the tuning half of the corpus, each kept silent here.

test('"Sr." in a grade sentence ends no sentence: the subject is the Sr. Director, as its heading says', async () => {
  const text = `## Sr. Director, People Technology\n\n### Job Grade\n\nThe Sr. Director, People Technology is a [grade 11](${GRADE_LINK}).\n`;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD003' }), []);
});

test('a sentence naming the same ambiguous role in other words decides no grade', async () => {
  const text = `## Senior Strategy and Operations Manager\n\n### Job Grade\n\nThe Senior Manager, Strategy and Operations is a [grade 7](${GRADE_LINK}).\n`;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD003' }), []);
});

test('a qualified heading ("Performance Indicators (PI)") holds the page-wide section', async () => {
  const text = fullRole('Senior Data Analyst', 7) + '## Performance Indicators (PI)\n\n- One.\n\n## Interview Process\n\n- Two.\n';
  assert.deepEqual(await checkPage(text, { ruleId: 'RD005' }), []);
});

test('"Able to use GitLab" states the required "Ability to use GitLab"', async () => {
  const text = '## Senior Researcher\n\nThe Senior Researcher is a grade 7.\n\n### Requirements\n\n- Able to use GitLab.\n\n' + PAGE_TAIL;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD012' }), []);
});

test('a "Chief <X> Officer" below the executives is not read as EVP / CXO', async () => {
  const text = `## Chief Accounting Officer\n\n### Job Grade\n\nThe Chief Accounting Officer is a [grade 12](${GRADE_LINK}).\n`;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD003' }), []);
});

test('the words that make a title its family\'s own step come from the ladder: without them the grade is decided', async () => {
  const text = `## Senior Audit Manager\n\n### Job Grade\n\nThe Senior Audit Manager is a [grade 9](${GRADE_LINK}).\n`;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD003' }), []);
  const { ladder, problems } = ladderFromObject({ extends: 'gitlab', familyTitleWords: [] }, 'plain.json');
  assert.deepEqual(problems, []);
  const findings = await checkPage(text, { ruleId: 'RD003', ladder });
  assert.deepEqual(findings.map((f) => f.message), ["Grade 9 should be 7: Senior is grade 7 on the ladder (role 'Senior Audit Manager', line 1)."]);
});

test('a required phrase\'s alternatives come from the ladder: without them "Able to use GitLab" does not state it', async () => {
  const text = '## Senior Researcher\n\nThe Senior Researcher is a grade 7.\n\n### Requirements\n\n- Able to use GitLab.\n\n' + PAGE_TAIL;
  const { ladder } = ladderFromObject({ extends: 'gitlab', requiredPhrases: [{ section: 'requirements', phrase: 'Ability to use GitLab' }] }, 'plain.json');
  assert.equal((await checkPage(text, { ruleId: 'RD012', ladder })).length, 1);
});

test('levels nested under a base role share the sections it states for all of them', async () => {
  const text = [
    '## Recruiter',
    '',
    `The Recruiter is a [grade 6](${GRADE_LINK}).`,
    '',
    '### Responsibilities',
    '',
    '- Run searches.',
    '',
    '### Requirements',
    '',
    '- Two years of recruiting.',
    '',
    '### Levels',
    '',
    '#### Associate Recruiter',
    '',
    '##### Job Grade',
    '',
    `The Associate Recruiter is a [grade 5](${GRADE_LINK}).`,
    '',
    '##### Requirements',
    '',
    '- Less experience.',
    '',
    '#### Senior Recruiter',
    '',
    '##### Job Grade',
    '',
    `The Senior Recruiter is a [grade 7](${GRADE_LINK}).`,
    '',
    '##### Responsibilities',
    '',
    '- Lead searches.',
    '',
    '##### Requirements',
    '',
    '- Five years.',
    '',
  ].join('\n') + PAGE_TAIL;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD005' }), []);
  // Without the base role's Responsibilities, the base and the Associate both lack them (the Senior has its own).
  const bare = text.replace('### Responsibilities\n\n- Run searches.\n\n', '');
  assert.deepEqual((await checkPage(bare, { ruleId: 'RD005' })).map((f) => f.message), [
    'Missing Responsibilities for Recruiter (line 1): add one; the other levels on this page have it.',
    'Missing Responsibilities for Associate Recruiter (line 11): add one; the other levels on this page have it.',
  ]);
});

test('a Business Value Manager page takes the Customer Success grades: its Manager is grade 9', async () => {
  const text = `## Manager, Business Value Services\n\n### Job Grade\n\nThe Manager, Business Value Services is a [grade 9](${GRADE_LINK}).\n`;
  assert.deepEqual(await checkPage(text, { ruleId: 'RD003', uri: 'file:///ws/job-families/sales/business-value-manager/index.html.md' }), []);
  assert.equal((await checkPage(text, { ruleId: 'RD003', uri: 'file:///ws/job-families/finance/accounting/index.html.md' })).length, 1);
});

test('an empty Specialty heading announces the heading after it as a specialty, even written shallower', async () => {
  const specialty = '## Director of Marketing, Japan\n\n### Responsibilities\n\n- Lead Japan.\n\n### Requirements\n\n- Japanese.\n\n';
  const base = fullRole('Director, Field Marketing', 10);
  assert.deepEqual(await checkPage(`${base}### Specialty\n\n${specialty}${PAGE_TAIL}`, { ruleId: 'RD005' }), []);
  // Without the announcement it is a level of its own, and its grade is missing.
  assert.deepEqual((await checkPage(`${base}${specialty}${PAGE_TAIL}`, { ruleId: 'RD005' })).map((f) => f.message), [
    `Missing Job Grade for Director of Marketing, Japan (line ${base.split('\n').length}): add one; the other levels on this page have it.`,
  ]);
});

test('a grade stated right under the role heading as "a job grade [12](…)" is its Job Grade', async () => {
  const vp = `## Vice President of Customer Success\n\nThe Vice President of Customer Success is a job grade [12](${GRADE_LINK}).\n\n### Responsibilities\n\n- Lead.\n\n### Requirements\n\n- Led.\n\n`;
  assert.deepEqual(await checkPage(fullRole('Director of Customer Success', 10) + vp + PAGE_TAIL, { ruleId: 'RD005' }), []);
});

test('a level written as "Additional Responsibilities" adds to the role before it and keeps its Requirements', async () => {
  const variant = (heading: string) =>
    `## Public Sector Inside Sales Representative\n\n### Job Grade\n\nThe Public Sector Inside Sales Representative is a [grade 6](${GRADE_LINK}).\n\n### ${heading}\n\n- Work with contract officers.\n\n`;
  const base = fullRole('Inside Sales Representative', 6);
  assert.deepEqual(await checkPage(base + variant('Additional Responsibilities') + PAGE_TAIL, { ruleId: 'RD005' }), []);
  assert.deepEqual((await checkPage(base + variant('Responsibilities') + PAGE_TAIL, { ruleId: 'RD005' })).map((f) => f.message), [
    `Missing Requirements for Public Sector Inside Sales Representative (line ${base.split('\n').length}): add one; the other levels on this page have it.`,
  ]);
});

test('"Executive Vice President" is EVP / CXO (grade 14), not a Vice President', async () => {
  const evp = (grade: number) => `## Executive Vice President, Sales\n\n### Job Grade\n\nThe Executive Vice President, Sales is a [grade ${grade}](${GRADE_LINK}).\n`;
  assert.deepEqual(await checkPage(evp(14), { ruleId: 'RD003' }), []);
  assert.deepEqual((await checkPage(evp(12), { ruleId: 'RD003' })).map((f) => f.message), [
    "Grade 12 should be 14: EVP / CXO is grade 14 on the ladder (role 'Executive Vice President, Sales', line 1).",
  ]);
});

test('product management grades: Product Manager 7, Senior 8, Principal 9, Senior Principal 10 give no grade finding', async () => {
  const page = fullRole('Product Manager', 7) + fullRole('Senior Product Manager', 8) + fullRole('Principal Product Manager', 9) + fullRole('Senior Principal Product Manager', 10) + PAGE_TAIL;
  assert.deepEqual(await checkPage(page, { ruleId: 'RD003' }), []);
});

test('grades given in a "Level | Grade" table: the levels under it have their Job Grade', async () => {
  const levels = (table: string) =>
    `## Levels\n\n${table}### Associate Analyst\n\n#### Responsibilities\n\n- A.\n\n#### Requirements\n\n- B.\n\n### Analyst\n\n#### Responsibilities\n\n- A.\n\n#### Requirements\n\n- B.\n\n${PAGE_TAIL}`;
  assert.deepEqual(await checkPage(levels('| Level | Grade |\n|---|---|\n| Associate Analyst | 5 |\n| Analyst | 6 |\n\n'), { ruleId: 'RD005' }), []);
  // Without the table the page states no grade at all: one page-wide finding, none per level.
  assert.deepEqual((await checkPage(levels(''), { ruleId: 'RD005' })).map((f) => f.message), ['Missing Job Grade section: add one; the ladder requires it on every role page.']);
});

test('"Desirable Skills, Knowledge, and Experience" is neither a role nor the Requirements', async () => {
  const page = (staffRequirements: string) =>
    `## Senior Analyst\n\nThe Senior Analyst is a [grade 7](${GRADE_LINK}).\n\n### Responsibilities\n\n- A.\n\n### Requirements\n\n- B.\n\n### Desirable Skills, Knowledge, and Experience\n\n- C.\n\n` +
    `## Staff Analyst\n\nThe Staff Analyst is a [grade 8](${GRADE_LINK}).\n\n### Responsibilities\n\n- A.\n\n${staffRequirements}${PAGE_TAIL}`;
  assert.deepEqual(await checkPage(page('### Requirements\n\n- B.\n\n'), { ruleId: 'RD005' }), []);
  assert.deepEqual((await checkPage(page(''), { ruleId: 'RD005' })).map((f) => f.message), ['Missing Requirements for Staff Analyst (line 17): add one; the other levels on this page have it.']);
});

test('two job families on one page are not compared with each other by grade-order', async () => {
  const backend = fullRole('Backend Engineer', 6) + fullRole('Senior Backend Engineer', 7);
  assert.deepEqual(await checkPage(backend + fullRole('Frontend Engineer', 6) + fullRole('Senior Frontend Engineer', 7) + PAGE_TAIL, { ruleId: 'RD004' }), []);
  // Within one family the drop is reported.
  const frontendDrop = backend + fullRole('Senior Frontend Engineer', 7) + fullRole('Frontend Engineer', 6) + PAGE_TAIL;
  assert.deepEqual((await checkPage(frontendDrop, { ruleId: 'RD004' })).map((f) => f.message), [
    'Levels out of order: move Frontend Engineer (line 40) above Senior Frontend Engineer (line 27); grade 6 is below grade 7 on the Individual contributor track.',
  ]);
});
