// The GitLab CI template and the examples in docs/ci.md: each parses as YAML, pins this release, and
// each role-docs command in it runs (against the bundle) with options the CLI accepts, writing the
// report file the next step reads.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { makeHandbook, projectRoot, runCliProcess, type CliRun } from '../helpers/runCliProcess';
import { BROKEN_PAGE, GATE_CONFIG } from './samplePages';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

type Yaml = Record<string, any>;
const template = parse(read('ci/role-docs.gitlab-ci.yml')) as Yaml;
const docBlocks = [...read('docs/ci.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Yaml);

/** Every string in a YAML value that runs role-docs, with the variables of its job. */
function commandLines(value: unknown, variables: Record<string, string> = {}): { line: string; variables: Record<string, string> }[] {
  if (typeof value === 'string') return /(^|\s)role-docs(@\S+)?\s/.test(value) ? [{ line: value, variables }] : [];
  if (Array.isArray(value)) return value.flatMap((v) => commandLines(v, variables));
  if (value && typeof value === 'object') {
    const own = (value as Yaml).variables;
    const scope = own && typeof own === 'object' ? { ...variables, ...own } : variables;
    return Object.values(value).flatMap((v) => commandLines(v, scope));
  }
  return [];
}

/** The line's words after `role-docs[@version]`, with `$VAR` and `${VAR}` filled in as a shell would. */
function roleDocsCommand(line: string, variables: Record<string, string>): { pinned?: string; args: string[] } {
  const expanded = line.replace(/\$\{?(\w+)\}?/g, (_, name: string) => variables[name] ?? '');
  const words = expanded.split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => /^role-docs(@.+)?$/.test(w));
  return { pinned: words[at]!.split('@')[1], args: words.slice(at + 1) };
}

/** Runs the command in a handbook holding one page with one error; returns the run and the handbook. */
function runOnBrokenPage(args: string[]): { run: CliRun; handbook: string } {
  const handbook = makeHandbook({ 'backend-engineer.md': BROKEN_PAGE, '.role-docs.json': GATE_CONFIG });
  return { run: runCliProcess(args, handbook), handbook };
}

const outputOf = (args: string[]) => args[args.indexOf('--output') + 1]!;

describe('CI templates and examples', () => {
  test('the GitLab template pins this release and writes the Code Quality report its artifacts name', () => {
    const job = template['role-docs'] as Yaml;
    assert.equal(job.variables.ROLE_DOCS_VERSION, pkg.version);
    const commands = commandLines(template).map((c) => roleDocsCommand(c.line, c.variables));
    assert.deepEqual(commands.map((c) => c.args), [
      ['report', '.', '--format', 'html', '--output', 'role-docs-report.html'],
      ['check', '.', '--format', 'codequality', '--output', 'gl-code-quality-report.json'],
    ]);
    assert.equal(job.artifacts.reports.codequality, 'gl-code-quality-report.json');
    assert.deepEqual(job.artifacts.paths, ['role-docs-report.html']);
    const { run: reportRun, handbook: reportHandbook } = runOnBrokenPage(commands[0]!.args);
    try {
      assert.equal(reportRun.status, 0, reportRun.stderr);
      assert.match(readFileSync(join(reportHandbook, 'role-docs-report.html'), 'utf8'), /^<!DOCTYPE html>[\s\S]*backend-engineer\.md[\s\S]*<\/html>\n$/);
    } finally {
      rmSync(reportHandbook, { recursive: true, force: true });
    }
    const { run, handbook } = runOnBrokenPage(commands[1]!.args);
    try {
      assert.equal(run.status, 1, run.stderr);
      const report = JSON.parse(readFileSync(join(handbook, 'gl-code-quality-report.json'), 'utf8')) as Yaml[];
      assert.equal(report.length, 1);
      assert.match(report[0]!.fingerprint, /^[0-9a-f]{32}$/);
      assert.deepEqual({ ...report[0], fingerprint: undefined }, {
        description: "Broken anchor '#level': did you mean '#levels'? No heading or anchor on this page has it.",
        check_name: 'broken-anchor',
        fingerprint: undefined,
        severity: 'major',
        location: { path: 'backend-engineer.md', lines: { begin: 7 } },
      });
    } finally {
      rmSync(handbook, { recursive: true, force: true });
    }
  });

  test('docs/ci.md shows the template\'s job as it is', () => {
    assert.deepEqual(
      docBlocks.find((block) => block['role-docs']),
      template,
    );
  });

  test('the GitHub Actions example uploads the SARIF file role-docs writes', () => {
    const workflow = docBlocks.find((block) => block.jobs)!;
    const steps = workflow.jobs['role-docs'].steps as Yaml[];
    const check = roleDocsCommand(steps.find((s) => commandLines(s.run).length)!.run, {});
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'))!;
    assert.equal(upload.with.sarif_file, outputOf(check.args));
    assert.equal(upload.if, 'always()');
    const { run, handbook } = runOnBrokenPage(check.args);
    try {
      assert.equal(run.status, 1, run.stderr);
      const sarif = JSON.parse(readFileSync(join(handbook, upload.with.sarif_file), 'utf8')) as Yaml;
      assert.equal(sarif.version, '2.1.0');
      assert.deepEqual(
        sarif.runs[0].results.map((r: Yaml) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine]),
        [['RD001', 'error', 'backend-engineer.md', 7]],
      );
    } finally {
      rmSync(handbook, { recursive: true, force: true });
    }
  });

  test('every role-docs command in docs/ci.md is one the CLI accepts, pinned to this release', () => {
    const commands = docBlocks.flatMap((block) => commandLines(block)).map((c) => roleDocsCommand(c.line, c.variables));
    assert.equal(commands.length, 5);
    for (const { pinned, args } of commands) {
      if (pinned !== undefined) assert.equal(pinned, pkg.version);
      const { run, handbook } = runOnBrokenPage([...args, ...(args.includes('--output') ? [] : ['backend-engineer.md'])]);
      try {
        // A report informs and exits 0; a check fails on the page's error.
        assert.equal(run.status, args[0] === 'report' ? 0 : 1, `${args.join(' ')}: ${run.stderr}`);
        if (args.includes('--output')) assert.ok(existsSync(join(handbook, outputOf(args))), outputOf(args));
      } finally {
        rmSync(handbook, { recursive: true, force: true });
      }
    }
    const hookRevisions = docBlocks.flatMap((block) => (block.repos ?? []) as Yaml[]).filter((repo) => repo.rev);
    assert.deepEqual(hookRevisions.map((repo) => repo.rev), [`v${pkg.version}`]);
  });
});
