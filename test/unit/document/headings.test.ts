import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, parse, range } from './parse';

test('github profile: lower case, punctuation dropped, each space a dash', () => {
  const doc = parse(
    [
      '## Manager, Quality Engineering',
      '## Backend Engineer (Intermediate)',
      "## What’s it like to work in security at GitLab?",
      '## A - B',
      '## A -- B',
      '## Sales & Customer Success',
      '## `code` and **bold** and [a link](/x/y)',
      '## Données Ingénieur',
      '## Job Grade\u00a0',
      '## Requirements   ',
      '',
    ].join('\n'),
  );
  assert.deepEqual(ids(doc), [
    'manager-quality-engineering',
    'backend-engineer-intermediate',
    'whats-it-like-to-work-in-security-at-gitlab',
    'a---b',
    'a----b',
    'sales--customer-success',
    'code-and-bold-and-a-link',
    'données-ingénieur',
    'job-grade',
    'requirements',
  ]);
  assert.deepEqual(doc.headings.map((h) => h.text).slice(-2), ['Job Grade', 'Requirements']);
});

test('kramdown profile: -- and --- become dashes that are dropped, ... too', () => {
  const doc = parse('## A -- B\n## A --- B\n## Wait... what\n## Sales & Success\n', 'kramdown');
  assert.deepEqual(ids(doc), ['a--b', 'a--b-1', 'wait-what', 'sales--success']);
});

test('hugo profile: ids come from the raw source, so inline HTML and link URLs leak in', () => {
  const doc = parse('### <a name="Gitaly"></a>Cluster\n## [Foo](/x/y)\n## A -- B\n## `code`: x\n## ???\n', 'hugo');
  assert.deepEqual(ids(doc), ['a-namegitalyacluster', 'fooxy', 'a----b', 'code-x', 'heading']);
  assert.deepEqual(ids(parse('### <a name="Gitaly"></a>Cluster\n', 'github')), ['cluster']);
  assert.deepEqual(ids(parse('### <a name="Gitaly"></a>Cluster\n', 'kramdown')), ['cluster']);
});

test('duplicates: github takes the first unused suffix, kramdown counts per id', () => {
  const text = '## Job Grade\n## Job Grade 1\n## Job Grade\n## Job Grade\n';
  assert.deepEqual(ids(parse(text, 'github')), ['job-grade', 'job-grade-1', 'job-grade-2', 'job-grade-3']);
  assert.deepEqual(ids(parse(text, 'hugo')), ['job-grade', 'job-grade-1', 'job-grade-2', 'job-grade-3']);
  assert.deepEqual(ids(parse(text, 'kramdown')), ['job-grade', 'job-grade-1', 'job-grade-1', 'job-grade-2']);
});

test('explicit ids are reserved: an automatic id never takes one', () => {
  const doc = parse('## Requirements\n\n## Other {#requirements-1}\n\n## Requirements\n');
  assert.deepEqual(ids(doc), ['requirements', 'requirements-1', 'requirements-2']);
  assert.equal(doc.headings[1].explicitId, 'requirements-1');
  assert.equal(doc.headings[1].text, 'Other');
});

test('{#id}, {#id .class} and {: #id} anchors with their sources and ranges', () => {
  const text = '## Levels {#the-levels}\n\n## Hiring {#hiring .no_toc}\n\n## Grades\n{: #grades-table}\n\n## Not {#1bad}\n';
  const doc = parse(text);
  assert.deepEqual(ids(doc), ['the-levels', 'hiring', 'grades-table', 'not-1bad']);
  assert.deepEqual(
    doc.anchors.map((a) => [a.id, a.source, a.range, a.headingIndex]),
    [
      ['the-levels', 'heading-attribute', range(0, 0, 0, 23), 0],
      ['hiring', 'heading-attribute', range(2, 0, 2, 27), 1],
      ['grades-table', 'block-attribute', range(4, 0, 4, 9), 2],
      ['not-1bad', 'heading', range(7, 0, 7, 14), 3],
    ],
  );
  assert.deepEqual(doc.headings[0].textRange, range(0, 3, 0, 9));
  assert.deepEqual(doc.headings[0].range, range(0, 0, 0, 23));
});

test('HTML anchors: id on any element, name only on <a>, with the range of the value', () => {
  const text = '<a id="intermediate-requirements"></a>\n\n## Staff\n\nText <a name=\'legacy\'></a> and <span name="nope" id=x-1>s</span>.\n';
  const doc = parse(text);
  const html = doc.anchors.filter((a) => a.source === 'html');
  assert.deepEqual(
    html.map((a) => [a.id, a.range, a.headingIndex]),
    [
      ['intermediate-requirements', range(0, 7, 0, 32), undefined],
      ['legacy', range(4, 14, 4, 20), 0],
      ['x-1', range(4, 52, 4, 55), 0],
    ],
  );
  assert.deepEqual([...doc.anchorsById.keys()].sort(), ['intermediate-requirements', 'legacy', 'staff', 'x-1']);
});

test('headings inside fenced code and front matter are not headings', () => {
  const text = '---\ntitle: "## Not a heading"\n---\n\n## Real\n\n```markdown\n## Template heading\n```\n\n~~~\n# Also not\n~~~\n';
  const doc = parse(text);
  assert.deepEqual(ids(doc), ['real']);
  assert.deepEqual(doc.headings[0].range, range(4, 0, 4, 7));
});

test('heading depth, offsets and the text range skip the hashes and closing hashes', () => {
  const text = 'Intro\n\n###   Senior Engineer   ###\n';
  const [h] = parse(text).headings;
  assert.equal(h.depth, 3);
  assert.equal(h.raw, 'Senior Engineer');
  assert.deepEqual(h.textRange, range(2, 6, 2, 21));
  assert.equal(h.startOffset, 7);
  assert.equal(h.endOffset, text.length - 1);
});

test('text ranges of indented, CRLF, CR-only and setext headings', () => {
  const crlf = parse('Intro\r\n\r\n   ## Senior Engineer {#senior}\r\n');
  assert.deepEqual(crlf.headings[0].textRange, range(2, 6, 2, 21));
  const cr = parse('Intro\r\r# Staff\rSetext title\r===\r');
  assert.deepEqual(
    cr.headings.map((h) => [h.raw, h.textRange]),
    [
      ['Staff', range(2, 2, 2, 7)],
      ['Setext title\r===', range(3, 0, 4, 3)],
    ],
  );
  const setext = parse('Title line\n===\n');
  assert.deepEqual(setext.headings[0].textRange, range(0, 0, 0, 10));
});
