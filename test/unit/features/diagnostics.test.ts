import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { BACKEND_URI, CANCELLED, featureWorkspace, range } from './featureWorkspace';

test('a finding becomes a diagnostic carrying rule, fixes and version in data', async () => {
  const { features, open } = featureWorkspace();
  const diagnostics = await features.getDiagnostics(open(BACKEND_URI, 4));
  assert.deepEqual(
    diagnostics.filter((d) => d.code === 'RD005'),
    [
      {
        range: range(39, 3, 39, 25),
        severity: DiagnosticSeverity.Information,
        code: 'RD005',
        source: 'role-docs',
        message: 'Missing Requirements for Staff Backend Engineer (line 40): add one; the other levels on this page have it.',
        data: {
          ruleId: 'RD005',
          rule: 'missing-section',
          version: 4,
          fixes: [
            {
              title: 'Add a Requirements section to Staff Backend Engineer',
              edits: [{ range: range(50, 0, 50, 0), newText: '### Requirements\n\n- \n\n' }],
              safe: false,
              preferred: true,
            },
          ],
        },
      },
    ],
  );
});

test('severities follow the configured level of each rule', async () => {
  const { features, service } = featureWorkspace();
  const config = service.config;
  config.rules.set('RD005', { severity: 'hint', options: {} });
  config.rules.set('RD001', { severity: 'info', options: {} });
  service.setConfig(config);
  const uri = `${BACKEND_URI.replace('backend-engineer', 'other')}`;
  const text =
    '## Intern\n\nThe Intern is a [grade 4](/x).\n\n### Responsibilities\n\n- a\n\n### Requirements\n\n- b\n\n' +
    '## Junior Engineer\n\nThe Junior Engineer is a [grade 5](/x). See [nothing](#nowhere).\n\n### Responsibilities\n\n- a\n';
  const diagnostics = await features.getDiagnostics(service.getDocument(uri, text, 1));
  assert.deepEqual(
    diagnostics.filter((d) => d.code === 'RD001' || d.code === 'RD005').map((d) => [d.code, d.severity, d.message]),
    [
      ['RD005', DiagnosticSeverity.Hint, 'Missing Hiring Process section: add one; the ladder requires it on every role page.'],
      ['RD005', DiagnosticSeverity.Hint, 'Missing Performance Indicators section: add one; the ladder requires it on every role page.'],
      ['RD005', DiagnosticSeverity.Hint, 'Missing Requirements for Junior Engineer (line 13): add one; the other levels on this page have it.'],
      ['RD001', DiagnosticSeverity.Information, "Broken anchor '#nowhere': no heading or anchor on this page has it."],
    ],
  );
});

test('a finding without fixes carries an empty fix list', async () => {
  const { features, service } = featureWorkspace();
  const text = '## Senior Engineer\n\n### Job Grade\n\nThe Senior Engineer is a [grade 9.5](/x).\n';
  const diagnostics = await features.getDiagnostics(service.getDocument(`${BACKEND_URI}.other.md`, text, 3));
  const malformed = diagnostics.find((d) => d.code === 'RD003');
  assert.deepEqual(malformed?.data, { ruleId: 'RD003', rule: 'grade-mismatch', fixes: [], version: 3 });
  assert.deepEqual(malformed?.range, range(4, 32, 4, 35));
});

test('a cancelled request returns no diagnostics', async () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(await features.getDiagnostics(open(BACKEND_URI), CANCELLED), []);
});
