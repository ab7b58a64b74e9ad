import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLadderTable } from '../../../server/src/service/ladder/ladderTable';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';
import { loadExample } from '../examples/exampleEngine';

const ladderOf = async (name: string, page: string) => (await loadExample(name, page)).config.ladder;

test('GitLab-style example: grades and equivalents, no code column; the families with grades of their own close it', async () => {
  assert.equal(
    formatLadderTable(await ladderOf('gitlab-style', 'job-families/engineering/reliability-engineer/index.html.md')),
    `# GitLab-style example

| Track                  | Level                | Grade | Equivalent                    |
| ---------------------- | -------------------- | ----- | ----------------------------- |
| Individual contributor | Intern               | 4     |                               |
| Individual contributor | Junior               | 5     |                               |
| Individual contributor | Associate            | 5     |                               |
| Individual contributor | Intermediate         | 6     |                               |
| Individual contributor | Senior               | 7     |                               |
| Individual contributor | Staff                | 8     | Manager                       |
| Individual contributor | Principal            | 9     | Senior Manager, Group Manager |
| Individual contributor | Distinguished        | 10    | Director                      |
| Individual contributor | Senior Distinguished | 11    | Senior Director               |
| Individual contributor | Fellow               | 12    | VP                            |
| Individual contributor | Team Lead            |       |                               |
| Management             | Manager              | 8     | Staff                         |
| Management             | Senior Manager       | 9     | Principal                     |
| Management             | Group Manager        | 9     | Principal                     |
| Management             | Director             | 10    | Distinguished                 |
| Management             | Senior Director      | 11    | Senior Distinguished          |
| Management             | VP                   | 12    | Fellow                        |
| Management             | EVP / CXO            | 14    |                               |
| Management             | CEO                  | 15    |                               |
| Management             | Chief of Staff       |       |                               |

## Families with grades of their own

- Customer Success: Staff 9, Principal 9, Manager 9, Senior Manager 9
- Sales: Manager 9, Senior Manager 9
- Product Management: Intermediate 7, Senior 8, Principal 9
`,
  );
});

test('level codes example: a code column and no grade column, since the ladder has codes and no grades', async () => {
  assert.equal(
    formatLadderTable(await ladderOf('level-codes', 'engineering-framework.md')),
    `# Engineering levels

| Track                  | Code | Level                      |
| ---------------------- | ---- | -------------------------- |
| Individual contributor | IC1  | Associate Engineer         |
| Individual contributor | IC2  | Engineer                   |
| Individual contributor | IC3  | Senior Engineer            |
| Individual contributor | IC4  | Staff Engineer             |
| Individual contributor | IC5  | Principal Engineer         |
| Individual contributor | IC6  | Distinguished Engineer     |
| Management             | M3   | Engineering Manager        |
| Management             | M4   | Senior Engineering Manager |
| Management             | M5   | Director of Engineering    |
| Management             | M6   | VP of Engineering          |
`,
  );
});

test('level table example: one track, codes, nothing else', async () => {
  assert.equal(
    formatLadderTable(await ladderOf('level-table', 'product-design.md')),
    `# Design levels

| Track                  | Code | Level              |
| ---------------------- | ---- | ------------------ |
| Individual contributor | L1   | Associate Designer |
| Individual contributor | L2   | Designer           |
| Individual contributor | L3   | Senior Designer    |
| Individual contributor | L4   | Lead Designer      |
| Individual contributor | L5   | Principal Designer |
`,
  );
});

test('equivalents name codes, other names get a column, rank orders a track, and a pipe in a title is escaped', () => {
  const ladder = {
    ...defaultLadder,
    name: 'Acme',
    tracks: [
      { id: 'ic', title: 'Engineers' },
      { id: 'm', title: 'Managers' },
    ],
    levels: [
      { id: 'b', code: 'E2', title: 'Engineer | Senior', track: 'ic', rank: 2, grade: 2, description: '', match: {} },
      { id: 'a', code: 'E1', title: 'Engineer', track: 'ic', rank: 1, grade: 1, aliases: ['Engineer I', 'Developer'], description: '', match: {} },
      { id: 'm1', code: 'M1', title: 'Manager', track: 'm', grade: 2, equivalent: 'b', description: '', match: {} },
    ],
    families: [],
  };
  assert.equal(
    formatLadderTable(ladder),
    `# Acme

| Track     | Code | Level              | Grade | Equivalent            | Also called           |
| --------- | ---- | ------------------ | ----- | --------------------- | --------------------- |
| Engineers | E1   | Engineer           | 1     |                       | Engineer I, Developer |
| Engineers | E2   | Engineer \\| Senior | 2     | M1 Manager            |                       |
| Managers  | M1   | Manager            | 2     | E2 Engineer \\| Senior |                       |
`,
  );
});
