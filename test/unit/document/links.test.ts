import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, range } from './parse';

test('link kinds, paths, decoded fragments and their ranges', () => {
  const text = [
    'See [Staff](/job-families/engineering/backend-engineer/#staff-backend-engineer),',
    '[local](#job-grade), [rel](../manager/index.html.md#requirements), [ext](https://handbook.gitlab.com/x/#y),',
    '[q](/handbook/x/?tab=1#a%20b), [none](/handbook/values/), [empty]() and <https://example.com/#auto>.',
    '',
  ].join('\n');
  const links = parse(text).links;
  assert.deepEqual(
    links.map((l) => [l.kind, l.text, l.target, l.path, l.fragment]),
    [
      ['site-path', 'Staff', '/job-families/engineering/backend-engineer/#staff-backend-engineer', '/job-families/engineering/backend-engineer/', 'staff-backend-engineer'],
      ['fragment', 'local', '#job-grade', undefined, 'job-grade'],
      ['relative', 'rel', '../manager/index.html.md#requirements', '../manager/index.html.md', 'requirements'],
      ['external', 'ext', 'https://handbook.gitlab.com/x/#y', undefined, 'y'],
      ['site-path', 'q', '/handbook/x/?tab=1#a%20b', '/handbook/x/', 'a b'],
      ['site-path', 'none', '/handbook/values/', '/handbook/values/', undefined],
      ['empty', 'empty', '', undefined, undefined],
      ['external', 'https://example.com/#auto', 'https://example.com/#auto', undefined, 'auto'],
    ],
  );
  assert.deepEqual(links[0].range, range(0, 4, 0, 79));
  assert.deepEqual(links[0].targetRange, range(0, 12, 0, 78));
  assert.deepEqual(links[0].fragmentRange, range(0, 56, 0, 78));
  assert.deepEqual(links[1].fragmentRange, range(1, 9, 1, 18));
  assert.deepEqual(links[4].fragmentRange, range(2, 23, 2, 28));
  assert.equal(links[5].fragmentRange, undefined);
});

test('destinations in angle brackets and with titles', () => {
  const text = '[a](<#job grade>) and [b](#requirements "Requirements")\n';
  const [a, b] = parse(text).links;
  assert.equal(a.fragment, 'job grade');
  assert.deepEqual(a.fragmentRange, range(0, 6, 0, 15));
  assert.equal(b.target, '#requirements');
  assert.deepEqual(b.fragmentRange, range(0, 27, 0, 39));
});

test('reference links take their target from the definition and have no destination range', () => {
  const text = 'See [the grade][Grades] and [Levels][].\n\n[grades]: /handbook/comp/#gitlab-job-grades\n[levels]: #levels\n';
  const doc = parse(text);
  assert.deepEqual(
    doc.links.map((l) => [l.kind, l.text, l.target, l.fragment, l.viaReference, l.range, l.targetRange, l.fragmentRange]),
    [
      ['site-path', 'the grade', '/handbook/comp/#gitlab-job-grades', 'gitlab-job-grades', true, range(0, 4, 0, 23), undefined, undefined],
      ['fragment', 'Levels', '#levels', 'levels', true, range(0, 28, 0, 38), undefined, undefined],
    ],
  );
  assert.deepEqual([...doc.definitions.entries()], [
    ['grades', '/handbook/comp/#gitlab-job-grades'],
    ['levels', '#levels'],
  ]);
});

test('links in fenced code are not links', () => {
  assert.deepEqual(parse('```\n[x](#nope)\n```\n').links, []);
});
