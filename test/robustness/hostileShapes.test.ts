import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childFailure, lastJson, runTsChild } from './helpers/childRun';
import type { WorkerReport } from './helpers/checkWorker';
import type { HostileShapeName } from './helpers/hostileShapes';

/**
 * Each hostile page is parsed and checked in its own child process with a deadline: a hang fails the
 * test with the shape's name instead of hanging the runner. Deadlines are generous (a loaded CI box);
 * the figures in docs/robustness.md are the measured times.
 */
const WORKER = 'test/robustness/helpers/checkWorker.ts';

async function checkShape(name: HostileShapeName, deadlineMs: number): Promise<WorkerReport> {
  const r = await runTsChild(WORKER, ['shape', name], { deadlineMs, maxHeapMB: 2048 });
  assert.ok(r.status === 0 && !r.killed, childFailure(`hostile shape '${name}'`, r));
  const report = lastJson<WorkerReport>(r.stdout)!;
  assert.deepEqual(report.ruleFailures, [], `a rule threw on '${name}'`);
  // A page past a parse limit gets exactly one clear finding, and only then.
  const limitFindings = report.findings.filter((f) => f.ruleId === 'RD102');
  assert.equal(limitFindings.length, report.skippedBlocks ? 1 : 0, `parse-limit findings on '${name}' (${report.skippedBlocks} blocks skipped)`);
  return report;
}

const count = (report: WorkerReport, ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).length;

const big = { concurrency: 2 };

test('hostile shapes finish in bounded time with sane memory', big, async (t) => {
  await t.test('a 5 MB page of role blocks', async () => {
    const r = await checkShape('page-5mb', 120_000);
    assert.ok(r.peakRssMB < 1500, `peak RSS ${r.peakRssMB} MB`);
  });
  await t.test('200,000 headings', async () => {
    const r = await checkShape('headings-200k', 120_000);
    assert.ok(r.peakRssMB < 1800, `peak RSS ${r.peakRssMB} MB`);
  });
  await t.test('an 805 KiB page of short lists', async () => {
    await checkShape('short-lists-805kib', 60_000);
  });
  await t.test('5,000 roles with grades, extends links and tables', async () => {
    await checkShape('roles-5k', 120_000);
  });
});

test('hostile shapes: nesting, long lines and delimiter storms', { concurrency: 3 }, async (t) => {
  await t.test('5,000 nested block quotes, one level per line', async () => {
    await checkShape('nested-quotes-5k', 60_000);
  });
  await t.test('one line opening 5,000 block quotes: too deep to walk, so one parse-limit finding', async () => {
    assert.deepEqual((await checkShape('deep-quote-line', 60_000)).findings.filter((f) => f.ruleId === 'RD102').length, 1);
  });
  await t.test('3,000 nested list items', async () => {
    await checkShape('nested-lists-3k', 60_000);
  });
  await t.test('a 1 MB line', async () => {
    assert.equal(count(await checkShape('line-1mb', 60_000), 'RD001'), 0);
  });
  await t.test('an emphasis storm *a*a*a…: over the delimiter cap, so one parse-limit finding', async () => {
    assert.deepEqual((await checkShape('emphasis-storm', 15_000)).findings.map((f) => f.ruleId), ['RD102']);
  });
  await t.test('a mixed **a_ emphasis storm: over the delimiter cap, so one parse-limit finding', async () => {
    assert.deepEqual((await checkShape('mixed-emphasis-storm', 15_000)).findings.map((f) => f.ruleId), ['RD102']);
  });
  await t.test('a bracket storm [[[[…](#a)', async () => {
    await checkShape('bracket-storm', 90_000);
  });
  await t.test('a 200 kB fragment link: its plain block is built without the parser (linear), so its broken anchor is reported once, on its line', async () => {
    assert.deepEqual((await checkShape('fragment-200kb', 60_000)).findings, [{ ruleId: 'RD001', line: 4 }]);
  });
  await t.test('a 90 kB fragment link is parsed and reported once, on its line', async () => {
    const r = await checkShape('fragment-90kb', 60_000);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'RD001'), [{ ruleId: 'RD001', line: 4 }]);
  });
  await t.test('20,000 broken links against 20,000 headings', async () => {
    await checkShape('broken-links-20k', 60_000);
  });
  await t.test('an unclosed fence over 1 MB', async () => {
    assert.equal(count(await checkShape('unclosed-fence', 60_000), 'RD001'), 0);
  });
  await t.test('an unclosed HTML block with 50,000 ids', async () => {
    await checkShape('unclosed-html', 60_000);
  });
  await t.test('unclosed front matter', async () => {
    await checkShape('unclosed-front-matter', 60_000);
  });
  await t.test('50,000 HTML comments, and 22,000 unclosed openers', async () => {
    await checkShape('html-comments-50k', 60_000);
    await checkShape('unclosed-comments', 60_000);
  });
  await t.test('a table 2,000 columns wide', async () => {
    await checkShape('wide-table', 60_000);
  });
});
