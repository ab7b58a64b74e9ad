import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/runCliProcess';
import { BACKEND_PAGE, BACKEND_URI, CANCELLED, GRADE_LINK, MANAGEMENT_PAGE, MANAGEMENT_URI, featureWorkspace, positionOf, range } from './featureWorkspace';

const value = (hover: Hover | undefined): string | undefined =>
  hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;

test('hovering a grade number shows the ladder card for that grade and where the page roles sit', async () => {
  const { features, open } = featureWorkspace();
  const hover = await features.getHover(open(BACKEND_URI), positionOf(BACKEND_PAGE, 'grade 7', 6));
  assert.equal(
    value(hover),
    [
      '**Grade 7** on the GitLab ladder',
      '- Individual contributor: **Senior**. An experienced contributor who takes on ambiguous, larger pieces of work, raises the quality bar for the team and mentors others.',
      'Below: grade 6 (Intermediate). Above: grade 8 (Manager; Staff).',
      'On this page: Backend Engineer (6), **Senior Backend Engineer (7)**, Staff Backend Engineer (8).',
    ].join('\n\n'),
  );
  assert.deepEqual(hover?.range, range(27, 0, 27, 123));
  assert.equal(hover?.contents && (hover.contents as { kind: string }).kind, 'markdown');
});

test('the word "grade" and the grade link show the same card', async () => {
  const { features, open } = featureWorkspace();
  const doc = open(BACKEND_URI);
  const onNumber = value(await features.getHover(doc, positionOf(BACKEND_PAGE, 'grade 6', 6)));
  assert.equal(value(await features.getHover(doc, positionOf(BACKEND_PAGE, 'grade 6', 1))), onNumber);
  assert.equal(value(await features.getHover(doc, positionOf(BACKEND_PAGE, 'compensation-calculator', 3))), onNumber);
});

test('a grade with levels on both tracks lists each track, and the grades around it', async () => {
  const { features, service } = featureWorkspace();
  const text = `## Distinguished Engineer\n\nThe Distinguished Engineer is a [grade 10](${GRADE_LINK}).\n`;
  const doc = service.getDocument(`${BACKEND_URI}.distinguished.md`, text, 1);
  const hover = await features.getHover(doc, { line: 2, character: 40 });
  assert.equal(
    value(hover),
    [
      '**Grade 10** on the GitLab ladder',
      [
        '- Management: **Director**. Owns a department or major area, sets its strategy and leads its managers.',
        '- Individual contributor: **Distinguished**. A company-wide authority in a field, the individual-contributor counterpart of a Director.',
      ].join('\n'),
      'Below: grade 9 (Senior Manager, Group Manager; Principal). Above: grade 11 (Senior Director; Senior Distinguished).',
      'On this page: **Distinguished Engineer (10)**.',
    ].join('\n\n'),
  );
});

test('a grade no level has says so', async () => {
  const { features, service } = featureWorkspace();
  const doc = service.getDocument(`${BACKEND_URI}.thirteen.md`, 'The Chief Widget Officer is a grade 13.\n', 1);
  assert.equal(
    value(await features.getHover(doc, { line: 0, character: 37 })),
    '**Grade 13** on the GitLab ladder\n\nNo level of the ladder has grade 13.\n\nBelow: grade 12 (VP; Fellow). Above: grade 14 (EVP / CXO).',
  );
});

test('hovering a role heading shows its level, grade, track, sections and who extends it', async () => {
  const { features, open } = featureWorkspace();
  const doc = open(BACKEND_URI);
  const base = await features.getHover(doc, positionOf(BACKEND_PAGE, '## Backend Engineer', 5));
  assert.equal(
    value(base),
    [
      '**Backend Engineer** · Intermediate · grade 6 · Individual contributor',
      'Has Job Grade, Responsibilities, Requirements. Lacks nothing.',
      'Extended by Senior Backend Engineer (line 24), Manager, Backend Engineering (job-families/engineering/engineering-management/index.html.md:5).',
    ].join('\n\n'),
  );
  assert.deepEqual(base?.range, range(7, 0, 7, 19));
  const staff = await features.getHover(doc, positionOf(BACKEND_PAGE, '## Staff Backend', 3));
  assert.equal(
    value(staff),
    [
      '**Staff Backend Engineer** · Staff · grade 8 · Individual contributor · equivalent: Manager, Management',
      'Has Job Grade, Responsibilities. Lacks Requirements.',
      'Extended by Manager, Backend Engineering (job-families/engineering/engineering-management/index.html.md:5).',
    ].join('\n\n'),
  );
});

test('a role whose page states another grade than the ladder shows both; a page with no extends claims says nothing of them', async () => {
  const { features, service } = featureWorkspace();
  const text = '## Senior Analyst\n\nThe Senior Analyst is a [grade 8](/x).\n';
  const hover = await features.getHover(service.getDocument(`${BACKEND_URI}.analyst.md`, text, 1), { line: 0, character: 4 });
  assert.equal(
    value(hover),
    '**Senior Analyst** · Senior · grade 8 (the ladder says 7) · Individual contributor\n\nHas Job Grade. Lacks Responsibilities, Requirements.',
  );
});

test('hovering an extends link shows every line it brings, each with the role and line it comes from', async () => {
  const { features, open } = featureWorkspace();
  const hover = await features.getHover(open(BACKEND_URI), positionOf(BACKEND_PAGE, '](#requirements)', 4));
  const page = 'job-families/engineering/backend-engineer/index.html.md';
  assert.equal(
    value(hover),
    [
      `**Requirements inherited from Backend Engineer** (${page}:8): 2 lines`,
      '',
      `- Two years of professional experience with Ruby or Go. — from Backend Engineer (${page}:21)`,
      `- Ability to use GitLab. — from Backend Engineer (${page}:22)`,
    ].join('\n'),
  );
  assert.deepEqual(hover?.range, range(36, 22, 36, 55));
});

test('hovering any other in-page link previews the target section and gives its line, not the page path', async () => {
  const text = ['## Analyst', '', '### Requirements', '', '- Reads data.', '- Writes SQL.', '', '## Notes', '', 'See the [requirements](#requirements) above.', ''].join('\n');
  const uri = 'file:///ws/job-families/data/analyst.md';
  const { features, service } = featureWorkspace({ [uri]: text });
  const hover = await features.getHover(service.getDocument(uri, text, 1), positionOf(text, '](#requirements)', 3));
  assert.equal(value(hover), '**Requirements** · line 3\n\n- Reads data.\n- Writes SQL.');
  assert.deepEqual(hover?.range, range(9, 8, 9, 37));
});

test('a whole-role extends link on another page: each section through the chain, and where it stops', async () => {
  const { features, open } = featureWorkspace();
  const hover = await features.getHover(open(MANAGEMENT_URI), positionOf(MANAGEMENT_PAGE, '#staff-backend-engineer', 3));
  const page = 'job-families/engineering/backend-engineer/index.html.md';
  assert.equal(
    value(hover),
    [
      `**Responsibilities inherited from Staff Backend Engineer** (${page}:40): 4 lines`,
      '',
      `- Ship small, well-tested merge requests. — from Backend Engineer (${page}:16)`,
      `- Review code from other engineers. — from Backend Engineer (${page}:17)`,
      `- Lead the design of features that span several services. — from Senior Backend Engineer (${page}:33)`,
      `- Set technical direction for a [stage](/handbook/engineering/career-development/#staff-level). — from Staff Backend Engineer (${page}:49)`,
      '',
      `**Requirements inherited from Staff Backend Engineer** (${page}:40): 0 lines`,
      '',
      '- **The chain stops** at the claim naming Staff Backend Engineer in Manager, Backend Engineering (job-families/engineering/engineering-management/index.html.md:13): Staff Backend Engineer has no Requirements to inherit.',
    ].join('\n'),
  );
});

test('an extends link bringing more than 25 lines folds the rest into "… and N more"', async () => {
  const bullets = Array.from({ length: 30 }, (_, i) => `- Duty ${i + 1}.`);
  const text = ['## Analyst', '', `The Analyst is a [grade 6](${GRADE_LINK}).`, '', '### Responsibilities', '', ...bullets, '', '## Senior Analyst', '', `The Senior Analyst is a [grade 7](${GRADE_LINK}).`, '', '### Responsibilities', '', '- Extends that of the [Analyst](#analyst) responsibilities.', ''].join('\n');
  const uri = 'file:///ws/job-families/data/analyst.md';
  const { features, service } = featureWorkspace({ [uri]: text });
  const hover = await features.getHover(service.getDocument(uri, text, 1), positionOf(text, '](#analyst)', 3));
  const shown = bullets.slice(0, 25).map((b, i) => `${b} — from Analyst (job-families/data/analyst.md:${i + 7})`);
  assert.equal(value(hover), ['**Responsibilities inherited from Analyst** (job-families/data/analyst.md:1): 30 lines', '', ...shown, '- … and 5 more'].join('\n'));
});

test('a link to an HTML anchor previews the lines after it', async () => {
  const { features, open } = featureWorkspace();
  const hover = await features.getHover(open(BACKEND_URI), positionOf(BACKEND_PAGE, '#staff-level', 2));
  assert.equal(
    value(hover),
    [
      '**#staff-level** · handbook/engineering/career-development/index.md:3',
      '## Staff engineers\n' +
        'Staff engineers lead across teams, like the [Senior Backend Engineer](../../../job-families/engineering/backend-engineer/#senior-backend-engineer) does within one.',
    ].join('\n\n'),
  );
});

test('no hover on prose, on broken fragments, or when cancelled', async () => {
  const { features, open, service } = featureWorkspace();
  const doc = open(BACKEND_URI);
  assert.equal(await features.getHover(doc, positionOf(BACKEND_PAGE, 'Rails monolith', 2)), undefined);
  assert.equal(await features.getHover(doc, positionOf(BACKEND_PAGE, '### Job Grade', 5)), undefined);
  assert.equal(await features.getHover(doc, positionOf(BACKEND_PAGE, 'grade 7', 6), CANCELLED), undefined);
  const broken = service.getDocument(`${BACKEND_URI}.broken.md`, '# A\n\n[b](#missing)\n', 1);
  assert.equal(await features.getHover(broken, { line: 2, character: 6 }), undefined);
});

test('hovering an extends claim written without a link shows what the role of that title brings', async () => {
  const text = readFileSync(join(projectRoot, 'test/fixtures/effective/backend-engineer.md'), 'utf8');
  const uri = 'file:///ws/job-families/backend-engineer.md';
  const { features, service } = featureWorkspace({ [uri]: text });
  const hover = await features.getHover(service.getDocument(uri, text, 1), positionOf(text, 'Backend Engineer requirements', 3));
  assert.equal(
    value(hover),
    [
      '**Requirements inherited from Backend Engineer** (job-families/backend-engineer.md:5): 2 lines',
      '',
      '- Two years of professional experience with Ruby or Go. — from Backend Engineer (job-families/backend-engineer.md:18)',
      '- Ability to use GitLab. — from Backend Engineer (job-families/backend-engineer.md:19)',
    ].join('\n'),
  );
  assert.deepEqual(hover?.range, range(34, 2, 34, 51));
});
