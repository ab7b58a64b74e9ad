import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { BACKEND, BACKEND_TEXT, createFixture, type Fixture } from './fixtureWorkspace';
import { backendTypo, range, visible } from './expectations';
import { LspSession } from './lspSession';

const CONFIG = '.role-docs.json';
const LADDER = 'ladders/acme.json';
const ACME_SENIOR_AT_8 = '{ "extends": "gitlab", "name": "Acme", "levels": [{ "id": "senior", "grade": 8 }] }\n';
const ACME_SENIOR_AT_7 = '{ "extends": "gitlab", "name": "Acme", "levels": [{ "id": "senior", "grade": 7 }] }\n';

const configProblem = (line: number, start: number, end: number, message: string): Diagnostic => ({
  range: range(line, start, line, end),
  severity: 1,
  code: 'RD100',
  source: 'role-docs',
  message,
});

/** The Senior grade sentence (LSP line 40) against a ladder that puts Senior at 8. */
const seniorAt8 = {
  range: range(40, 40, 40, 41),
  severity: 3,
  code: 'RD003',
  source: 'role-docs',
  message: "Grade 7 should be 8: Senior is grade 8 on the ladder (role 'Senior Backend Engineer', line 35).",
};

describe('configuration', () => {
  let fixture: Fixture;
  let session: LspSession | undefined;
  beforeEach(() => {
    fixture = createFixture();
  });
  afterEach(async () => {
    await session?.stop();
    session = undefined;
    fixture.remove();
  });
  const start = async (settings?: Record<string, unknown>) => {
    ({ session } = await LspSession.start({ root: fixture.root, settings }));
    await session.open(session.uri(BACKEND), BACKEND_TEXT);
    return session;
  };
  const pullBackend = async (s: LspSession) =>
    ((await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: s.uri(BACKEND) } })) as FullDocumentDiagnosticReport).items;
  const fileChanged = (s: LspSession, path: string, type: FileChangeType) =>
    s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri(path), type }] });

  test('a bad .role-docs.json is reported in that file; its rule settings still apply', async () => {
    fixture.write(CONFIG, '{\n  "slugProfile": "gitlab",\n  "ladder": "ladders/missing.json",\n  "rules": { "RD999": "off", "broken-anchor": "warning" }\n}\n');
    const s = await start();
    const published = await s.nextPublished(s.uri(CONFIG), undefined, 0);
    assert.deepEqual(published, {
      uri: s.uri(CONFIG),
      diagnostics: [
        configProblem(1, 17, 25, 'slugProfile must be one of "github", "kramdown", "hugo".'),
        configProblem(2, 12, 34, "Cannot read the ladder file 'ladders/missing.json': check that it exists inside the workspace; its path is relative to .role-docs.json."),
        configProblem(3, 13, 20, "Unknown rule 'RD999'; give a rule id (RD001) or name (broken-anchor) from docs/rules."),
      ],
    });
    assert.deepEqual(visible(await pullBackend(s)), visible([{ ...backendTypo(1), severity: 2 }]));

    // Fixing the file clears its diagnostics.
    const cleared = s.nextPublished(s.uri(CONFIG), (p) => p.diagnostics.length === 0);
    fixture.write(CONFIG, '{ "rules": { "broken-anchor": "warning" } }\n');
    await fileChanged(s, CONFIG, FileChangeType.Changed);
    assert.deepEqual(await cleared, { uri: s.uri(CONFIG), diagnostics: [] });
  });

  test('a broken ladder: a diagnostic at its place in the ladder file, a status-bar warning, ladder rules off (no fallback), syntax rules on', async () => {
    fixture.write(CONFIG, `{ "ladder": "${LADDER}" }\n`);
    fixture.write(LADDER, '{ "extends": "gitlab", "name": "Acme", "levels": [{ "id": "senior", "grade": 8, "equivalent": "nobody" }] }\n');
    const s = await start();
    assert.deepEqual(await s.nextPublished(s.uri(LADDER), undefined, 0), {
      uri: s.uri(LADDER),
      diagnostics: [configProblem(0, 94, 102, 'level "senior": equivalent "nobody" is not a level id')],
    });
    // Senior at 8 would be a grade-mismatch under Acme and none under GitLab: neither ladder is used, so neither is reported.
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
    const summary = 'The configuration has a problem (ladders/acme.json); the ladder rules are off until it is fixed.';
    assert.deepEqual(await s.connection.sendRequest('roleDocs/pageSummary', { uri: s.uri(BACKEND) }), { roles: 2, problems: 1, configProblem: summary });
    assert.deepEqual(await s.connection.sendRequest('roleDocs/showLadder', { uri: s.uri(BACKEND) }), {
      text: `No ladder is in force. ${summary}\n\nladders/acme.json:1:95 level "senior": equivalent "nobody" is not a level id\n`,
      source: LADDER,
    });

    // Fixed, the ladder is in force: its finding is back, the diagnostic and the warning are gone.
    const cleared = s.nextPublished(s.uri(LADDER), (p) => p.diagnostics.length === 0);
    const refreshes = s.refreshes;
    fixture.write(LADDER, ACME_SENIOR_AT_8);
    await fileChanged(s, LADDER, FileChangeType.Changed);
    assert.deepEqual(await cleared, { uri: s.uri(LADDER), diagnostics: [] });
    await s.nextRefresh(refreshes);
    assert.deepEqual(visible(await pullBackend(s)), [seniorAt8, visible([backendTypo(1)])[0]]);
    assert.deepEqual(await s.connection.sendRequest('roleDocs/pageSummary', { uri: s.uri(BACKEND) }), { roles: 2, problems: 2 });
  });

  test('a bad roleDocs.ladder setting also keeps the ladder rules off and says so', async () => {
    fixture.write(CONFIG, `{ "ladder": "${LADDER}" }\n`);
    fixture.write(LADDER, ACME_SENIOR_AT_8);
    const s = await start({ ladder: 'ladders/none.json' });
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
    assert.deepEqual(await s.connection.sendRequest('roleDocs/pageSummary', { uri: s.uri(BACKEND) }), {
      roles: 2,
      problems: 1,
      configProblem: 'The configuration has a problem (roleDocs settings); the ladder rules are off until it is fixed.',
    });
  });

  test('the nearest .role-docs.json above a page applies, also one created in a subfolder while the server runs', async () => {
    const NESTED = 'job-families/engineering/.role-docs.json';
    fixture.write(CONFIG, '{ "rules": { "broken-anchor": "warning" } }\n');
    fixture.write(NESTED, `{ "ladder": "../../${LADDER}" }\n`);
    fixture.write(LADDER, ACME_SENIOR_AT_8);
    const s = await start();
    // A config's ladder lies in its own folder: the nested one may not reach up for it.
    assert.deepEqual(await s.nextPublished(s.uri(NESTED), undefined, 0), {
      uri: s.uri(NESTED),
      diagnostics: [
        configProblem(0, 12, 37, "The ladder file '../../ladders/acme.json' is outside the workspace, and only files inside it are read: move the ladder into the workspace and give its path relative to .role-docs.json."),
      ],
    });
    // The nested config alone applies (broken-anchor is an error again), and its ladder rules are off.
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);

    const refreshes = s.refreshes;
    fixture.write(NESTED, '{ "rules": { "broken-anchor": "off" } }\n');
    await fileChanged(s, NESTED, FileChangeType.Changed);
    await s.nextRefresh(refreshes);
    assert.deepEqual(await pullBackend(s), []);

    // Deleted, the workspace folder's config applies again.
    const again = s.refreshes;
    rmSync(join(fixture.root, NESTED));
    await fileChanged(s, NESTED, FileChangeType.Deleted);
    await s.nextRefresh(again);
    assert.deepEqual(await pullBackend(s), [{ ...backendTypo(1), severity: 2 }]);

    // Created anew while running, it is found.
    const created = s.refreshes;
    fixture.write(NESTED, '{ "rules": { "broken-anchor": "off" } }\n');
    await fileChanged(s, NESTED, FileChangeType.Created);
    await s.nextRefresh(created);
    assert.deepEqual(await pullBackend(s), []);
  });

  test('creating .role-docs.json re-checks open pages and asks the client to refresh', async () => {
    const s = await start();
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
    const refreshes = s.refreshes;
    fixture.write(CONFIG, '{ "rules": { "broken-anchor": "warning" } }\n');
    await fileChanged(s, CONFIG, FileChangeType.Created);
    await s.nextRefresh(refreshes);
    assert.deepEqual(await pullBackend(s), [{ ...backendTypo(1), severity: 2 }]);
  });

  test('the ladder file named in the config is watched, and a change to it re-checks', async () => {
    fixture.write(CONFIG, `{ "ladder": "${LADDER}" }\n`);
    fixture.write(LADDER, ACME_SENIOR_AT_8);
    const s = await start();
    const watchers = await s.waitFor('the file watchers', () => s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual(watchers.registerOptions, {
      watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.role-docs.json' }, { globPattern: { baseUri: s.rootUri, pattern: LADDER } }],
    });
    assert.deepEqual(visible(await pullBackend(s)), [seniorAt8, visible([backendTypo(1)])[0]]);

    const refreshes = s.refreshes;
    fixture.write(LADDER, ACME_SENIOR_AT_7);
    await fileChanged(s, LADDER, FileChangeType.Changed);
    await s.nextRefresh(refreshes);
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
  });

  test('a ladder file the configured ladder extends is watched too, and a change to it re-checks', async () => {
    const BASE = 'ladders/base.json';
    fixture.write(CONFIG, `{ "ladder": "${LADDER}" }\n`);
    fixture.write(LADDER, '{ "extends": "./base.json", "name": "Acme" }\n');
    fixture.write(BASE, ACME_SENIOR_AT_8);
    const s = await start();
    const watchers = await s.waitFor('the file watchers', () => s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual(watchers.registerOptions, {
      watchers: [
        { globPattern: '**/*.md' },
        { globPattern: '**/.role-docs.json' },
        { globPattern: { baseUri: s.rootUri, pattern: LADDER } },
        { globPattern: { baseUri: s.rootUri, pattern: BASE } },
      ],
    });
    assert.deepEqual(visible(await pullBackend(s)), [seniorAt8, visible([backendTypo(1)])[0]]);

    const refreshes = s.refreshes;
    fixture.write(BASE, ACME_SENIOR_AT_7);
    await fileChanged(s, BASE, FileChangeType.Changed);
    await s.nextRefresh(refreshes);
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
  });

  test('editor settings override the file: roleDocs.rules turns a rule off after didChangeConfiguration', async () => {
    const s = await start();
    assert.deepEqual(await pullBackend(s), [backendTypo(1)]);
    const refreshes = s.refreshes;
    s.settings = { rules: { RD001: 'off' } };
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await s.nextRefresh(refreshes);
    assert.deepEqual(await pullBackend(s), []);
  });

  for (const unset of ['', null]) {
    test(`roleDocs.ladder and roleDocs.slugProfile set to ${JSON.stringify(unset)} leave .role-docs.json's values in force`, async () => {
      fixture.write(CONFIG, `{ "ladder": "${LADDER}", "slugProfile": "github" }\n`);
      fixture.write(LADDER, ACME_SENIOR_AT_8);
      const s = await start({ ladder: unset, slugProfile: unset });
      assert.deepEqual(visible(await pullBackend(s)), [seniorAt8, visible([backendTypo(1)])[0]]);
      assert.deepEqual(await s.connection.sendRequest('roleDocs/pageSummary', { uri: s.uri(BACKEND) }), { roles: 2, problems: 2 });
    });
  }

  test('roleDocs.exclude stops checking the pages it matches', async () => {
    const s = await start({ exclude: ['job-families/**/backend-*.md'] });
    assert.deepEqual(await pullBackend(s), []);
  });
});
