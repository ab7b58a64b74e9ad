import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, range } from './parse';

test('front matter data, range and body offset', () => {
  const text = '---\nlayout: job_family_page\ntitle: "Backend Engineer"\nweight: 3\n---\n\n## Levels\n';
  const fm = parse(text).frontMatter;
  assert.ok(fm);
  assert.deepEqual(fm.data, { layout: 'job_family_page', title: 'Backend Engineer', weight: 3 });
  assert.deepEqual(fm.range, range(0, 0, 4, 3));
  assert.equal(fm.bodyOffset, 4);
  assert.equal(fm.body, 'layout: job_family_page\ntitle: "Backend Engineer"\nweight: 3');
  assert.deepEqual(fm.errors, []);
});

test('a YAML error keeps its place in the page and leaves no data', () => {
  const text = '---\ntitle: Backend Engineer\ntitle: Again\n---\n';
  const fm = parse(text).frontMatter;
  assert.ok(fm);
  assert.equal(fm.data, undefined);
  assert.equal(fm.errors.length, 1);
  assert.equal(fm.errors[0].message, 'Map keys must be unique');
  assert.deepEqual(fm.errors[0].range, range(2, 0, 2, 1));
});

test('a page without front matter, and a block that is not at the top, have none', () => {
  assert.equal(parse('## Levels\n').frontMatter, undefined);
  assert.equal(parse('Intro\n\n---\ntitle: x\n---\n').frontMatter, undefined);
});
