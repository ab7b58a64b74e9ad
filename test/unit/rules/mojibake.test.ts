import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, range } from './checkPage';
import { findMojibake } from '../../../server/src/service/rules/mojibake';

const RD011 = { ruleId: 'RD011' };

test('a garbled apostrophe: exact message, range of the run, one safe fix with the decoded text', async () => {
  const text = "GitLabâ€™s handbook.\n";
  const findings = await checkPage(text, RD011);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'mojibake');
  assert.equal(f.severity, 'error');
  assert.equal(f.message, "Garbled text 'â€™': write '’' (UTF-8 read as Windows-1252).");
  assert.deepEqual(f.range, range(0, 6, 0, 9));
  assert.deepEqual(f.fixes, [{ title: "Change 'â€™' to '’'", edits: [{ range: range(0, 6, 0, 9), newText: '’' }], safe: true, preferred: true }]);
});

test('the cp1252 reverse map: accents, curly quotes (with the undefined 0x9D byte), dashes', () => {
  assert.deepEqual(findMojibake('cafÃ©'), [{ start: 3, end: 5, decoded: 'é' }]);
  assert.deepEqual(findMojibake('â€œdocsâ€\u009d').map((r) => r.decoded), ['“', '”']);
  assert.deepEqual(findMojibake('a â€“ b â€” c').map((r) => r.decoded), ['–', '—']);
  assert.deepEqual(findMojibake('â‚¬5 and ðŸ‘\u008d').map((r) => r.decoded), ['€', '👍']);
});

test('adjacent garbled characters form one run', () => {
  assert.deepEqual(findMojibake('Ã©Ã¨!'), [{ start: 0, end: 4, decoded: 'éè' }]);
});

test('correct text and sequences that do not decode to UTF-8 are left alone', async () => {
  assert.deepEqual(findMojibake('GitLab’s café “quotes” – £5, Â alone, Ã at the end Ã'), []);
  // E0 80 80 is an overlong encoding and ED A0 80 a surrogate: neither is UTF-8.
  assert.deepEqual(findMojibake('à€€ í\u00a0€'), []);
  assert.deepEqual(await checkPage('## Über uns\n\nNaïve façade — déjà vu.\n', RD011), []);
});
