import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { BACKEND, BACKEND_TEXT, STAFF, STAFF_TEXT, createFixture, type Fixture } from './fixtureWorkspace';
import { backendTypo, range } from './expectations';
import { LspSession } from './lspSession';

/** A page only the editor holds: a misspelled section heading (safe fix) and a link being typed. */
const SCRATCH = 'job-families/engineering/scratch.md';
const SCRATCH_TEXT = '# Scratch\n\n## Job Grade\n\n## Responsibilties\n\nSee [grade](#\n';

describe('language features over the protocol', () => {
  let fixture: Fixture;
  let session: LspSession;
  let backend: string;
  let staff: string;
  before(async () => {
    fixture = createFixture();
    ({ session } = await LspSession.start({ root: fixture.root }));
    backend = session.uri(BACKEND);
    staff = session.uri(STAFF);
    await session.open(backend, BACKEND_TEXT);
    await session.open(staff, STAFF_TEXT);
  });
  after(async () => {
    await session.stop();
    fixture.remove();
  });

  test('hover on a grade shows the ladder around it', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: backend }, position: { line: 40, character: 41 } });
    assert.deepEqual(hover, {
      contents: {
        kind: 'markdown',
        value:
          '**Grade 7** on the GitLab ladder\n\n' +
          '- Individual contributor: **Senior**. An experienced contributor who takes on ambiguous, larger pieces of work, raises the quality bar for the team and mentors others.\n\n' +
          'Below: grade 6 (Intermediate). Above: grade 8 (Manager; Staff).\n\n' +
          'On this page: Backend Engineer (Intermediate) (6), **Senior Backend Engineer (7)**.',
      },
      range: range(40, 0, 40, 123),
    });
  });

  test('hover on an extends link across pages lists every line the claim brings through the chain, with its origin', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: staff }, position: { line: 16, character: 90 } });
    const page = 'job-families/engineering/backend-engineer.md';
    assert.deepEqual(hover, {
      contents: {
        kind: 'markdown',
        value: [
          `**Responsibilities inherited from Senior Backend Engineer** (${page}:35): 2 lines`,
          '',
          `- Ship small features with guidance — from Backend Engineer (Intermediate) (${page}:29)`,
          `- Leads features across teams — from Senior Backend Engineer (${page}:46)`,
        ].join('\n'),
      },
      range: range(16, 22, 16, 133),
    });
  });

  test('definition of a site-path link lands on the heading in the other page', async () => {
    const found = await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: staff }, position: { line: 16, character: 90 } });
    assert.deepEqual(found, [{ uri: backend, range: range(42, 0, 42, 45) }]);
  });

  test('references of a heading include the links into it from other pages', async () => {
    const found = await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: backend },
      position: { line: 47, character: 10 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(found, [
      { uri: backend, range: range(47, 0, 47, 41) },
      { uri: staff, range: range(21, 22, 21, 129) },
    ]);
  });

  test('rename of a heading edits the heading and the links in other pages', async () => {
    const position = { line: 47, character: 10 };
    const prepared = await session.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: backend }, position });
    assert.deepEqual(prepared, { range: range(47, 5, 47, 41), placeholder: 'Senior Backend Engineer Requirements' });
    const edit = await session.connection.sendRequest(RenameRequest.type, { textDocument: { uri: backend }, position, newName: 'Senior Backend Engineer Must Haves' });
    assert.deepEqual(edit, {
      changes: {
        [backend]: [{ range: range(47, 5, 47, 41), newText: 'Senior Backend Engineer Must Haves' }],
        [staff]: [{ range: range(21, 92, 21, 128), newText: 'senior-backend-engineer-must-haves' }],
      },
    });
  });

  test('a rename whose new id collides with another heading is refused with a reason', async () => {
    const refused = session.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: backend },
      position: { line: 47, character: 10 },
      newName: 'Senior Backend Engineer Responsibilities',
    });
    await assert.rejects(refused, (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, -32803);
      assert.equal(
        error.message,
        "The new heading's id '#senior-backend-engineer-responsibilities' is already an id on job-families/engineering/backend-engineer.md; links to either would be ambiguous.",
      );
      return true;
    });
  });

  test('completion after "](#" offers the ids of the page', async () => {
    const scratch = session.uri(SCRATCH);
    await session.open(scratch, SCRATCH_TEXT);
    const items = await session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: scratch },
      position: { line: 6, character: 13 },
      context: { triggerKind: 2, triggerCharacter: '#' },
    });
    const at = range(6, 13, 6, 13);
    assert.deepEqual(items, [
      { label: 'Scratch', kind: 18, detail: 'scratch', sortText: '0000', filterText: 'scratch', textEdit: { range: at, newText: 'scratch' } },
      { label: 'Job Grade', kind: 18, detail: 'job-grade', sortText: '0001', filterText: 'job-grade', textEdit: { range: at, newText: 'job-grade' } },
      {
        label: 'Responsibilties',
        kind: 18,
        detail: 'responsibilties',
        sortText: '0002',
        filterText: 'responsibilties',
        textEdit: { range: at, newText: 'responsibilties' },
      },
    ]);
  });

  test('code actions: the closest-heading fix and a disable comment for a broken anchor', async () => {
    const report = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: backend } })) as FullDocumentDiagnosticReport;
    const diagnostic = backendTypo(1);
    assert.deepEqual(report.items, [diagnostic]);
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: backend },
      range: diagnostic.range,
      context: { diagnostics: report.items },
    });
    assert.deepEqual(actions, [
      {
        title: "Change the link to '#hiring-process'",
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [backend]: [{ range: diagnostic.range, newText: 'hiring-process' }] } },
      },
      {
        title: 'Disable broken-anchor for this line',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [backend]: [{ range: range(50, 0, 50, 0), newText: '<!-- role-docs-disable-next-line broken-anchor -->\n' }] } },
      },
    ]);
  });

  test('fix-all applies only the safe fixes of the page', async () => {
    const scratch = session.uri(SCRATCH);
    const actions = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: scratch },
      range: range(0, 0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions, [
      {
        title: 'Fix all safe Role Docs problems',
        kind: 'source.fixAll.roleDocs',
        edit: { changes: { [scratch]: [{ range: range(4, 3, 4, 18), newText: 'Responsibilities' }] } },
      },
    ]);
  });

  test('document symbols: the role with its sections', async () => {
    const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: staff } });
    const section = (name: string, line: number, endLine: number) => ({
      name,
      kind: 8,
      range: range(line, 0, endLine, 0),
      selectionRange: range(line, 4, line, 4 + name.length),
    });
    assert.deepEqual(symbols, [
      {
        name: 'Staff Backend Engineer',
        detail: 'grade 8 · Staff',
        kind: 5,
        range: range(6, 0, 31, 0),
        selectionRange: range(6, 3, 6, 25),
        children: [
          section('Job Grade', 10, 14),
          section('Responsibilities', 14, 19),
          section('Requirements', 19, 24),
          section('Performance Indicators', 24, 28),
          section('Hiring Process', 28, 31),
        ],
      },
    ]);
  });

  test('folding: front matter, then each heading to the end of its section', async () => {
    const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: staff } });
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 2, kind: 'region' },
      { startLine: 6, endLine: 30 },
      { startLine: 10, endLine: 12 },
      { startLine: 14, endLine: 17 },
      { startLine: 19, endLine: 22 },
      { startLine: 24, endLine: 26 },
      { startLine: 28, endLine: 30 },
    ]);
  });

  test('code lens over each role: grade, level and the roles extending it, with the show-references command', async () => {
    const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: backend } });
    assert.deepEqual(lenses, [
      {
        range: range(18, 0, 18, 35),
        command: {
          title: 'grade 6 · Intermediate · Individual contributor · extended by 1',
          command: 'roleDocs.showReferences',
          arguments: [backend, { line: 18, character: 0 }, [{ uri: backend, range: range(44, 22, 44, 104) }]],
        },
      },
      {
        range: range(34, 0, 34, 27),
        command: {
          title: 'grade 7 · Senior · Individual contributor · extended by 1',
          command: 'roleDocs.showReferences',
          arguments: [
            backend,
            { line: 34, character: 0 },
            [
              { uri: staff, range: range(16, 22, 16, 133) },
              { uri: staff, range: range(21, 22, 21, 129) },
            ],
          ],
        },
      },
    ]);
  });
});
