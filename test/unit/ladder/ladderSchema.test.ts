import { test } from 'node:test';
import assert from 'node:assert/strict';
import ladderSchemaJson from '../../../schemas/ladder.schema.json';
import gitlabLadderJson from '../../../schemas/ladders/gitlab.json';
import { checkLadderSemantics } from '../../../server/src/service/ladder/ladderChecks';
import { defaultLadder } from '../../../server/src/service/ladder/defaultLadder';
import { validateLadderSchema } from '../../../server/src/service/ladder/ladderSchema';

test('the GitLab ladder validates against the ladder schema', () => {
  assert.deepEqual(validateLadderSchema(gitlabLadderJson), []);
});

test('every property in the ladder schema has a description', () => {
  const missing: string[] = [];
  const visit = (schema: unknown, where: string) => {
    if (!schema || typeof schema !== 'object') return;
    const node = schema as Record<string, unknown>;
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [name, property] of Object.entries(properties ?? {})) {
      if (!where.includes('.else') && typeof property.description !== 'string') missing.push(`${where}.${name}`);
    }
    for (const [key, child] of Object.entries(node)) visit(child, `${where}.${key}`);
  };
  visit(ladderSchemaJson, 'schema');
  assert.deepEqual(missing, []);
});

test('schema messages name the field', () => {
  const issues = validateLadderSchema({ extends: 'gitlab', levels: [{ id: 'staff', grade: 'eight' }], colour: 1 });
  assert.deepEqual(
    issues.map((issue) => issue.message),
    ['ladder has unknown property "colour"', 'levels[0].grade must be a number'],
  );
});

test('the built-in GitLab ladder passes the semantic checks a user ladder gets', () => {
  assert.deepEqual(checkLadderSemantics(defaultLadder), []);
  assert.equal(defaultLadder.name, 'GitLab');
  assert.equal(Object.hasOwn(defaultLadder, '$schema'), false);
});
