// The extension as the Marketplace and Open VSX take it: `npm run package` builds the .vsix, which
// must hold the bundles and what the extension page shows, and no sources or tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { readZip } from '../helpers/readZip';
import { projectRoot } from '../helpers/runCliProcess';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown> & { name: string; version: string };
const SHIPPED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/browser/client.js',
  'extension/dist/browser/server.js',
  'extension/dist/client.js',
  'extension/dist/package.json',
  'extension/dist/server.js',
  'extension/docs/images/grade-hover.png',
  'extension/docs/images/ladder-view.png',
  'extension/docs/images/quick-fix.png',
  'extension/docs/images/report.png',
  'extension/docs/images/web-problems.png',
  'extension/images/icon.png',
  'extension/package.json',
  'extension/readme.md',
  'extension/schemas/config.schema.json',
  'extension/schemas/ladder.schema.json',
  'extension/schemas/ladders/gitlab.json',
  'extension/snippets/role-docs.code-snippets',
];
// The categories the Marketplace offers; any other is dropped from the listing.
const MARKETPLACE_CATEGORIES = new Set(['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization']);

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the packaged extension', () => {
  const vsix = join(projectRoot, `${pkg.name}-${pkg.version}.vsix`);
  let entries: Map<string, Buffer>;

  before(async () => {
    const packaging = spawnSync('npm', ['run', 'package'], { cwd: projectRoot, encoding: 'utf8' });
    assert.equal(packaging.status, 0, packaging.stdout + packaging.stderr);
    entries = await readZip(vsix);
  });

  test('holds the bundles, schemas, snippets and the pictures of its page, nothing else', (t) => {
    assert.deepEqual([...entries.keys()].sort(), SHIPPED);
    t.diagnostic(`${pkg.name}-${pkg.version}.vsix: ${statSync(vsix).size} bytes`);
  });

  test('carries every picture its README shows', () => {
    const readme = entries.get('extension/readme.md')!.toString('utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    assert.deepEqual(pictures, ['docs/images/grade-hover.png', 'docs/images/quick-fix.png', 'docs/images/ladder-view.png', 'docs/images/web-problems.png', 'docs/images/report.png']);
    for (const picture of pictures) assert.ok(entries.has(`extension/${picture}`), picture);
    // Until package.json names a repository, the README ships as written (vsce rewrites it once one is named).
    assert.equal(pkg.repository, undefined, 'with a repository named, vsce makes README links absolute: check those instead');
    assert.equal(readme, readFileSync(join(projectRoot, 'README.md'), 'utf8'));
  });

  test('its manifest has what the Marketplace and Open VSX show: icon, banner, categories, licence', () => {
    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as typeof pkg;
    assert.equal(manifest.files, undefined, 'npm\'s "files" list stays out of the .vsix manifest');
    assert.deepEqual(pngSize(entries.get('extension/images/icon.png')!), { width: 256, height: 256 });
    assert.deepEqual(manifest.galleryBanner, { color: '#1F5E78', theme: 'dark' });
    assert.deepEqual(manifest.categories, ['Linters', 'Snippets']);
    for (const category of manifest.categories as string[]) assert.ok(MARKETPLACE_CATEGORIES.has(category), category);
    assert.equal(manifest.license, 'MIT');
    assert.match(entries.get('extension/LICENSE.txt')!.toString('utf8'), /^MIT License/);
    assert.equal(entries.get('extension/changelog.md')!.toString('utf8'), readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8'));
    const vsixManifest = entries.get('extension.vsixmanifest')!.toString('utf8');
    assert.match(vsixManifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
    assert.match(vsixManifest, /<License>extension\/LICENSE\.txt<\/License>/);
  });

  test('names no made-up address', () => {
    assert.doesNotMatch(JSON.stringify(pkg), /example\.(invalid|com|org)|localhost/);
  });
});
