import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';
import { formatLadderTable } from '../../../server/src/service/ladder/ladderTable';

test('formatLadderTable lists grades from the top, management first', () => {
  const lines = formatLadderTable(defaultLadder).split('\n');
  assert.deepEqual(lines.slice(0, 8), [
    'GitLab ladder',
    'Grade    | Management                    | Individual contributor',
    '---------+-------------------------------+-----------------------',
    '15       | CEO',
    '14       | EVP / CXO',
    '12       | VP                            | Fellow',
    '11       | Senior Director               | Senior Distinguished',
    '10       | Director                      | Distinguished',
  ]);
  assert.deepEqual(lines.slice(-4), [
    '5        |                               | Junior, Associate',
    '4        |                               | Intern',
    'ungraded | Chief of Staff                | Team Lead',
    '',
  ]);
});
