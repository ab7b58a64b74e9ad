import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { makeHandbook, runCliInProcess, runCliProcess } from '../../helpers/runCliProcess';
import { rules } from '../../../server/src/service/rules';

const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';
const page = (lead = '') => `${lead}## Widget Engineer

### Job Grade

The Widget Engineer is a [grade #6](${GRADE_LINK}).

### Responsibilities

- Builds widgets. See [requirements](#Requirements) and [requirements](#Requirements).
- See [requirements](#requirments).

### Requirements

- Ability to use GitLab

## Performance Indicators

- Widgets shipped.

## Hiring Process

1. A call.
`;

/**
 * The vendored schema is draft-04 (SchemaStore's sarif-2.1.0-rtm.5). It uses no keyword whose
 * meaning changed by draft-07 (no boolean exclusiveMinimum, no $ref siblings but descriptions),
 * so Ajv's draft-07 engine validates it as written once the root `id` is read as `$id`.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../vendor/sarif-2.1.0/sarif-2.1.0-rtm.5.json', import.meta.url)), 'utf8'));
  const { $schema: _draft, id, ...rest } = schema;
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-unicode regular expressions accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // Formats the schema names, checked as far as the output needs.
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: id, ...rest });
}

test('--format sarif is valid SARIF 2.1.0 with the rules and 1-based regions', async () => {
  const dir = makeHandbook({ 'job-families/widget.md': page(), '.role-docs.json': '{ "slugProfile": "github" }' });
  const r = runCliProcess(['check', '--format', 'sarif'], dir);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  const log = JSON.parse(r.stdout);
  const validate = sarifValidator();
  const valid: boolean = validate(log);
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'role-docs');
  assert.equal(run.tool.driver.version, JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')).version);
  const ids = run.tool.driver.rules.map((d: { id: string }) => d.id);
  assert.deepEqual(ids, [...rules.map((x) => x.id), 'RD000', 'RD100', 'RD101'].sort());
  const rd001 = run.tool.driver.rules[ids.indexOf('RD001')];
  assert.deepEqual(rd001, {
    id: 'RD001',
    name: 'broken-anchor',
    shortDescription: { text: rules[0].description },
    fullDescription: { text: rules[0].description },
    help: { text: `${rules[0].description} See docs/rules/RD001-broken-anchor.md.` },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['anchors', 'links'], fixable: true },
  });
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).href + '/' } });
  assert.deepEqual(
    run.results.map((x: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: unknown; region: unknown } }[] }) => [
      x.ruleId,
      x.level,
      x.locations[0].physicalLocation.artifactLocation,
      x.locations[0].physicalLocation.region,
    ]),
    [
      ['RD003', 'note', { uri: 'job-families/widget.md', uriBaseId: '%SRCROOT%' }, { startLine: 5, startColumn: 33, endLine: 5, endColumn: 35 }],
      ['RD001', 'warning', { uri: 'job-families/widget.md', uriBaseId: '%SRCROOT%' }, { startLine: 9, startColumn: 39, endLine: 9, endColumn: 51 }],
      ['RD001', 'warning', { uri: 'job-families/widget.md', uriBaseId: '%SRCROOT%' }, { startLine: 9, startColumn: 73, endLine: 9, endColumn: 85 }],
      ['RD001', 'warning', { uri: 'job-families/widget.md', uriBaseId: '%SRCROOT%' }, { startLine: 10, startColumn: 23, endLine: 10, endColumn: 34 }],
    ],
  );
  assert.deepEqual(run.results[0].fixes, [
    {
      description: { text: "Write 'grade 6'" },
      artifactChanges: [
        {
          artifactLocation: { uri: 'job-families/widget.md', uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: { startLine: 5, startColumn: 33, endLine: 5, endColumn: 35 }, insertedContent: { text: '6' } }],
        },
      ],
    },
  ]);
});

test('the SARIF check itself rejects a broken log', async () => {
  const validate = sarifValidator();
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
  assert.equal(validate({ version: '2.0.0', runs: [] }), false);
});

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

async function codeQuality(files: Record<string, string>): Promise<Issue[]> {
  const r = await runCliInProcess(['check', '--format', 'codequality'], makeHandbook(files));
  assert.equal(r.stderr, '');
  return JSON.parse(r.stdout);
}

test('--format codequality gives GitLab its fields, with repository-relative paths', async () => {
  const issues = await codeQuality({ 'job-families/widget.md': page() });
  assert.deepEqual(
    issues.map(({ fingerprint: _f, ...rest }) => rest),
    [
      {
        description: "Write the grade as a plain number: 'grade 6', not 'grade #6'.",
        check_name: 'grade-mismatch',
        severity: 'info',
        location: { path: 'job-families/widget.md', lines: { begin: 5 } },
      },
      {
        description: "Broken anchor '#Requirements': write '#requirements'; fragments are case-sensitive (the id is on this page).",
        check_name: 'broken-anchor',
        severity: 'minor',
        location: { path: 'job-families/widget.md', lines: { begin: 9 } },
      },
      {
        description: "Broken anchor '#Requirements': write '#requirements'; fragments are case-sensitive (the id is on this page).",
        check_name: 'broken-anchor',
        severity: 'minor',
        location: { path: 'job-families/widget.md', lines: { begin: 9 } },
      },
      {
        description: "Broken anchor '#requirments': did you mean '#requirements'? No heading or anchor on this page has it.",
        check_name: 'broken-anchor',
        severity: 'minor',
        location: { path: 'job-families/widget.md', lines: { begin: 10 } },
      },
    ],
  );
});

test('code quality fingerprints are unique in a run, equal across runs, and survive lines added above', async () => {
  const first = await codeQuality({ 'a.md': page(), 'b.md': page() });
  const fingerprints = first.map((i) => i.fingerprint);
  assert.equal(new Set(fingerprints).size, fingerprints.length, 'unique, even for two equal findings on one line');
  assert.ok(fingerprints.every((f) => /^[0-9a-f]{32}$/.test(f)));
  assert.deepEqual(await codeQuality({ 'a.md': page(), 'b.md': page() }), first);
  const shifted = await codeQuality({ 'a.md': page('Intro.\n\n'), 'b.md': page() });
  assert.deepEqual(shifted.map((i) => i.fingerprint), fingerprints);
  assert.deepEqual(shifted.map((i) => i.location.lines.begin).slice(0, 2), [7, 11]);
});

test('--output writes the report to a file and nothing to stdout', async () => {
  const dir = makeHandbook({ 'a.md': page() });
  const r = await runCliInProcess(['check', '--format', 'codequality', '--output', 'gl-code-quality-report.json'], dir);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '1 file checked: 0 errors, 3 warnings, 1 notes.\n');
  const written = readFileSync(`${dir}/gl-code-quality-report.json`, 'utf8');
  assert.ok(written.endsWith(']\n'));
  assert.equal(JSON.parse(written).length, 4);
  assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'gl-code-quality-report.json']);
  const bad = await runCliInProcess(['check', '--output', 'no/such/dir/report.txt'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^role-docs: Cannot write the report to .*no\/such\/dir\/report\.txt \(ENOENT\)\.\n$/);
});
