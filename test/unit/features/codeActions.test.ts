import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from '../../../server/src/service/features/languageFeatures';
import { BACKEND_URI, CANCELLED, GRADE_LINK, featureWorkspace, range } from './featureWorkspace';

const URI = `${BACKEND_URI.replace('backend-engineer', 'platform-engineer')}`;
const PAGE = [
  '## Senior Platform Engineer',
  '',
  '### Job Grade',
  '',
  `The Senior Platform Engineer is a [grade #7](${GRADE_LINK}).`,
  '',
  '### Responsibilities',
  '',
  '- See the [requirements](#requirments) and the [duties](#Responsibilities).',
  '  Also the [grade](#job-grade-3).',
  '',
  '### Requirements',
  '',
  '- Ability to use GitLab.',
  '',
  '## Performance Indicators',
  '',
  '- Merge rate.',
  '',
  '## Hiring Process',
  '',
  '- A call.',
  '',
].join('\n');

async function setup(version = 3) {
  const w = featureWorkspace();
  const document = w.service.getDocument(URI, PAGE, version);
  const diagnostics = await w.features.getDiagnostics(document);
  const byMessage = (start: string): Diagnostic => diagnostics.find((d) => typeof d.message === 'string' && d.message.startsWith(start))!;
  return { ...w, document, diagnostics, byMessage };
}

const summary = (actions: CodeAction[]) =>
  actions.map((a) => ({ title: a.title, kind: a.kind, isPreferred: a.isPreferred, edits: a.edit?.changes?.[URI] }));

test('each fix of a diagnostic is one quick fix, with the disable comment last', async () => {
  const { features, document, byMessage } = await setup();
  const hash = byMessage('Write the grade');
  const actions = await features.getCodeActions(document, hash.range, { diagnostics: [hash], only: [CodeActionKind.QuickFix] });
  assert.deepEqual(summary(actions), [
    { title: "Write 'grade 7'", kind: 'quickfix', isPreferred: true, edits: [{ range: range(4, 41, 4, 43), newText: '7' }] },
    {
      title: 'Disable grade-mismatch for this line',
      kind: 'quickfix',
      isPreferred: undefined,
      edits: [{ range: range(4, 0, 4, 0), newText: '<!-- role-docs-disable-next-line grade-mismatch -->\n' }],
    },
  ]);
  assert.deepEqual(actions[0].diagnostics, [hash]);
});

test('the disable comment, once inserted, silences that rule on that line only', async () => {
  const { features, document, byMessage, service } = await setup();
  const hash = byMessage('Write the grade');
  const [, disable] = await features.getCodeActions(document, hash.range, { diagnostics: [hash], only: [CodeActionKind.QuickFix] });
  const edit = disable.edit!.changes![URI][0];
  const at = document.lines.offsetAt(edit.range.start);
  const silenced = service.getDocument(URI, PAGE.slice(0, at) + edit.newText + PAGE.slice(at), 4);
  const codes = (await features.getDiagnostics(silenced)).map((d) => [d.code, d.range.start.line]);
  assert.deepEqual(codes.filter(([code]) => code === 'RD003'), []);
  assert.deepEqual(codes.filter(([code]) => code === 'RD001'), [['RD001', 9], ['RD001', 9], ['RD001', 10]]);
});

test('closest-anchor candidates are one action each, the best preferred', async () => {
  const { features, document, byMessage } = await setup();
  const broken = byMessage("Broken anchor '#job-grade-3'");
  const actions = await features.getCodeActions(document, broken.range, { diagnostics: [broken], only: [CodeActionKind.QuickFix] });
  assert.deepEqual(summary(actions), [
    { title: "Change the link to '#job-grade'", kind: 'quickfix', isPreferred: true, edits: [{ range: range(9, 20, 9, 31), newText: 'job-grade' }] },
    {
      title: 'Disable broken-anchor for this line',
      kind: 'quickfix',
      isPreferred: undefined,
      edits: [{ range: range(9, 0, 9, 0), newText: '  <!-- role-docs-disable-next-line broken-anchor -->\n' }],
    },
  ]);
});

test('several candidates give several actions, only the first preferred', async () => {
  const w = featureWorkspace();
  const text = '## A\n\n### Notes\n\n### Notes\n\n### Notes\n\nSee [x](#notes-3).\n';
  const document = w.service.getDocument(URI, text, 1);
  const broken = (await w.features.getDiagnostics(document)).find((d) => d.code === 'RD001')!;
  const actions = await w.features.getCodeActions(document, broken.range, { diagnostics: [broken], only: [CodeActionKind.QuickFix] });
  assert.deepEqual(
    actions.map((a) => [a.title, a.isPreferred]),
    [
      ["Change the link to '#notes'", true],
      ["Change the link to '#notes-1'", false],
      ["Change the link to '#notes-2'", false],
      ['Disable broken-anchor for this line', undefined],
    ],
  );
});

test('a case slip gets its fix, and fix-all applies every safe fix of the page at once', async () => {
  const { features, document, byMessage } = await setup();
  const caseSlip = byMessage("Broken anchor '#Responsibilities': write");
  const actions = await features.getCodeActions(document, caseSlip.range, { diagnostics: [caseSlip] });
  assert.deepEqual(summary(actions), [
    {
      title: "Change the link to '#responsibilities'",
      kind: 'quickfix',
      isPreferred: true,
      edits: [{ range: range(8, 57, 8, 73), newText: 'responsibilities' }],
    },
    {
      title: 'Disable broken-anchor for this line',
      kind: 'quickfix',
      isPreferred: undefined,
      edits: [{ range: range(8, 0, 8, 0), newText: '<!-- role-docs-disable-next-line broken-anchor -->\n' }],
    },
    {
      title: 'Fix all safe Role Docs problems',
      kind: FIX_ALL_KIND,
      isPreferred: undefined,
      edits: [
        { range: range(4, 41, 4, 43), newText: '7' },
        { range: range(8, 57, 8, 73), newText: 'responsibilities' },
      ],
    },
  ]);
});

test('asking for the fix-all kind alone returns only the fix-all action', async () => {
  const { features, document } = await setup();
  const actions = await features.getCodeActions(document, range(0, 0, 0, 0), { diagnostics: [], only: [FIX_ALL_KIND] });
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.edit?.changes?.[URI]?.length]), [['Fix all safe Role Docs problems', FIX_ALL_KIND, 2]]);
  const sourceActions = await features.getCodeActions(document, range(0, 0, 0, 0), { diagnostics: [], only: [CodeActionKind.Source] });
  assert.deepEqual(sourceActions.map((a) => a.kind), [FIX_ALL_KIND]);
});

test('the insert-section fix of a missing section is offered as is', async () => {
  const { features, open } = featureWorkspace();
  const document = open(BACKEND_URI);
  const missing = (await features.getDiagnostics(document)).find((d) => d.code === 'RD005')!;
  const actions = await features.getCodeActions(document, missing.range, { diagnostics: [missing] });
  assert.deepEqual(summary(actions).map((a) => a.title), ['Add a Requirements section to Staff Backend Engineer', 'Disable missing-section for this line']);
  assert.deepEqual(actions[0].edit?.changes?.[BACKEND_URI], [{ range: range(50, 0, 50, 0), newText: '### Requirements\n\n- \n\n' }]);
});

test('a grade that disagrees with the ladder offers to set the ladder grade', async () => {
  const w = featureWorkspace();
  const document = w.service.getDocument(URI, `## Staff Platform Engineer\n\nThe Staff Platform Engineer is a [grade 9](${GRADE_LINK}).\n`, 1);
  const mismatch = (await w.features.getDiagnostics(document)).find((d) => d.code === 'RD003')!;
  const actions = await w.features.getCodeActions(document, mismatch.range, { diagnostics: [mismatch], only: [CodeActionKind.QuickFix] });
  assert.deepEqual(summary(actions)[0], { title: 'Set the grade to 8', kind: 'quickfix', isPreferred: true, edits: [{ range: range(2, 40, 2, 41), newText: '8' }] });
});

test('diagnostics from another version of the document get no actions', async () => {
  const { features, service, diagnostics } = await setup(3);
  const newer = service.getDocument(URI, PAGE, 4);
  assert.deepEqual(await features.getCodeActions(newer, range(0, 0, 30, 0), { diagnostics }), []);
});

test("other tools' diagnostics and malformed data are ignored; a cancelled request gets nothing", async () => {
  const { features, document, diagnostics } = await setup();
  const foreign: Diagnostic = { ...diagnostics[0], source: 'markdownlint' };
  const mangled: Diagnostic = { ...diagnostics[0], data: { ruleId: 'RD003', fixes: 'none' } };
  assert.deepEqual(await features.getCodeActions(document, foreign.range, { diagnostics: [foreign, mangled] }), []);
  assert.deepEqual(await features.getCodeActions(document, diagnostics[0].range, { diagnostics }, CANCELLED), []);
});
