import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, runCliProcess } from '../helpers/runCliProcess';

const WIDTH = 1280;
const HEIGHT = 1000;
/** Where the README's picture of the report lives; ROLE_DOCS_UPDATE_SCREENSHOT=1 rewrites it from this run. */
const README_IMAGE = join(projectRoot, 'docs/images/report.png');

/** Debian's Chromium (.ci/e2e installs it); none on this machine, the test says so and skips. */
function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

const chromium = findChromium();
if (!chromium) console.log('# report screenshot: skipped, no chromium on PATH (.ci/e2e installs it: apt-get install -y chromium)');

test('the HTML report of examples/ renders in headless Chromium: a PNG of the window size, with content', { skip: chromium ? false : 'no chromium on PATH' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'role-docs-report-shot-'));
  try {
    const html = join(dir, 'report.html');
    const run = runCliProcess(['report', 'examples', '--format', 'html', '--output', html, '--no-cache'], projectRoot);
    assert.equal(run.status, 0, run.stderr);
    const png = join(dir, 'report.png');
    // Nothing but the file is loaded: no network, no profile of the user's, no GPU on a CI machine.
    const shot = spawnSync(
      chromium!,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--hide-scrollbars',
        `--user-data-dir=${join(dir, 'profile')}`, `--window-size=${WIDTH},${HEIGHT}`, `--screenshot=${png}`, pathToFileURL(html).href],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.ok(existsSync(png), `no screenshot: ${shot.stderr}`);
    const bytes = readFileSync(png);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [WIDTH, HEIGHT]);
    // A blank page of this size compresses to a few kilobytes; text, tables and colour take far more.
    assert.ok(bytes.length > 40_000 && bytes.length < 5_000_000, `screenshot of ${bytes.length} bytes`);
    if (process.env.ROLE_DOCS_UPDATE_SCREENSHOT === '1') copyFileSync(png, README_IMAGE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
