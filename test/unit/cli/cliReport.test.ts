import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeHandbook, projectRoot, runCliInProcess } from '../../helpers/runCliProcess';
import { reportHandbook } from '../report/reportHandbook';

const expected = (ext: string) => readFileSync(join(projectRoot, 'test/fixtures/report', `handbook.expected.${ext}`), 'utf8');

const hostileHeading = "Senior `<script>alert(1)</script>` Engineer";
const hostilePage = [
  '---',
  'title: "<img src=http://example.com/x.png>"',
  '---',
  '',
  `## ${hostileHeading}`,
  '',
  `The Senior Engineer is a [grade 9](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).`,
  '',
  '### Responsibilities',
  '',
  '- Extends that of the [x](http://example.com/"><script>alert(2)</script>) role.',
  '- Extends that of the [Staff](#"><style>body{background:url(http://example.com/y)}</style>) role.',
  '',
].join('\n');

test('report: markdown on standard output, exactly as reviewed for the small handbook', async () => {
  const r = await runCliInProcess(['report', '--no-cache'], makeHandbook(reportHandbook));
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expected('md'));
});

test('report --format json: the documented shape, exactly as reviewed for the small handbook', async () => {
  const r = await runCliInProcess(['report', '--format', 'json', '--no-cache'], makeHandbook(reportHandbook));
  assert.equal(r.status, 0);
  assert.equal(r.stdout, expected('json'));
  assert.deepEqual(Object.keys(JSON.parse(r.stdout)), ['version', 'summary', 'matrices', 'gradeConflicts', 'chains', 'pages']);
});

test('report lists the same findings as check for the same paths', async () => {
  const dir = makeHandbook(reportHandbook);
  const check = JSON.parse((await runCliInProcess(['check', '--format', 'json', '--no-cache'], dir)).stdout) as { file: string; line: number; code: string; message: string }[];
  const report = JSON.parse((await runCliInProcess(['report', '--format', 'json', '--no-cache'], dir)).stdout) as { pages: { path: string; findings: { line: number; ruleId: string; message: string }[] }[] };
  const fromReport = report.pages.flatMap((page) => page.findings.map((f) => `${page.path}:${f.line} ${f.ruleId} ${f.message}`));
  assert.deepEqual(fromReport, check.map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`));
  assert.equal(fromReport.length, 2);
});

test('report --output writes the file whole and says so; the findings cache a check left is read, facts added, and the report is the same', async () => {
  const dir = makeHandbook({ ...reportHandbook, 'node_modules/.keep': '' });
  const check = await runCliInProcess(['check', '--exit-zero'], dir);
  assert.equal(check.status, 0, check.stderr);
  const r = await runCliInProcess(['report', '--format', 'json', '--output', 'report.json'], dir);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '4 files checked: 0 errors, 1 warnings, 1 notes. Report written to report.json.\n');
  assert.equal(readFileSync(join(dir, 'report.json'), 'utf8'), expected('json'));
  const again = await runCliInProcess(['report', '--format', 'json'], dir);
  assert.equal(again.stdout, expected('json'));
  assert.ok(existsSync(join(dir, 'node_modules/.cache/role-docs')));
});

test('report --format html: one self-contained page; every piece of page text escaped; no script and nothing fetched', async () => {
  const r = await runCliInProcess(['report', '--format', 'html', '--no-cache'], makeHandbook({ ...reportHandbook, 'job-families/engineering/hostile/index.html.md': hostilePage }));
  assert.equal(r.status, 0);
  const html = r.stdout;
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'));
  assert.equal(html.match(/<style>/g)?.length, 1, 'one inline style sheet, no other');
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img|<link|<iframe|<object|<embed/i);
  const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
  assert.doesNotMatch(style, /@import|url\(/, 'the style sheet loads nothing');
  assert.equal(html.match(/<\/?style/g)?.length, 2, 'page text closes no style element');
  assert.doesNotMatch(html, /\b(?:src|href)\s*=/i);
  assert.doesNotMatch(html, /https?:\/\/(?!example\.com)/, 'no address but the page text, escaped');
  assert.ok(html.includes('Senior &lt;script&gt;alert(1)&lt;/script&gt; Engineer'), 'the hostile heading, as text');
  assert.ok(html.includes("Broken anchor &#39;#&quot;&gt;&lt;style&gt;body{background:url(http://example.com/y)}&lt;/style&gt;&#39;: no heading"), 'a finding quoting page text, as text');
  // Structure: the summary cards, the matrix with a sticky header and a legend, the sections, the folded findings.
  assert.match(html, /<div class="cards">(?:<div class="card"><b>\d+<\/b><span>[a-z ]+<\/span><\/div>){9}<\/div>/);
  assert.match(html, /thead th \{ position: sticky; top: 0;/);
  assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  assert.match(html, /<div class="legend">.*stated grade differs from the ladder.*level missing inside the family's range<\/span><\/div>/);
  assert.deepEqual(
    [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]),
    ['Coverage: GitLab ladder', 'Missing levels', 'Same title, different grades', 'Extends chains', 'Findings'],
  );
  assert.match(html, /<td class="missing">missing<\/td>/);
  assert.match(html, /<td class="disagrees"><div class="role">Senior Backend Engineer<small>grade 8, ladder 7<\/small><small class="path">line 5<\/small><\/div><\/td>/);
  assert.match(html, /<details><summary>job-families\/engineering\/backend\/index\.html\.md <small>0 errors, 1 warning, 0 notes<\/small><\/summary>/);
});

test('report: a format of check, --fix or an unknown format is a usage error', async () => {
  const dir = makeHandbook(reportHandbook);
  for (const args of [['report', '--format', 'sarif'], ['report', '--fix']]) {
    const r = await runCliInProcess(args, dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, args[1] === '--fix' ? /^role-docs: report takes no --fix\./ : /^role-docs: report --format must be markdown, html or json, not 'sarif'\./);
  }
});
