import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKEND_URI, GRADE_LINK, featureWorkspace } from './featureWorkspace';

test('Insert Level Section at the top of a page writes the ladder’s lowest level, named for the family', () => {
  const { features, open } = featureWorkspace();
  assert.deepEqual(features.getLevelSection(open(BACKEND_URI), { line: 0, character: 0 }), {
    title: 'Intern Backend Engineer',
    snippet: [
      '## Intern Backend Engineer',
      '',
      '### Job Grade',
      '',
      `The Intern Backend Engineer is a [grade 4](${GRADE_LINK}).`,
      '',
      '### Responsibilities',
      '',
      '- ${1}',
      '',
      '### Requirements',
      '',
      '- ${2}',
      '',
    ].join('\n'),
  });
});

test('Insert Level Section below a role writes the level after it, extending it; below the last, the one after that', () => {
  const { features, open } = featureWorkspace();
  const belowBackend = features.getLevelSection(open(BACKEND_URI), { line: 10, character: 0 });
  assert.equal(belowBackend?.title, 'Senior Backend Engineer');
  assert.deepEqual(belowBackend?.snippet.split('\n').filter((l) => l.startsWith('- Extends')), [
    '- Extends that of the [Backend Engineer](#responsibilities) responsibilities.',
    '- Extends that of the [Backend Engineer](#requirements) requirements.',
  ]);
  assert.equal(features.getLevelSection(open(BACKEND_URI), { line: 999, character: 0 })?.title, 'Principal Backend Engineer');
});
