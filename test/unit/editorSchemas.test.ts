import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { minimatch } from 'minimatch';
import { projectRoot } from '../helpers/runCliProcess';
import { LADDER_SHAPES, starterConfigText, starterLadderText } from '../../server/src/cli/starterLadders';
import { STARTER_LADDER_FILE } from '../../server/src/cli/runInit';

// What VS Code's JSON editor is given: the manifest's schema associations, and the schemas they name.

interface JsonValidation {
  fileMatch: string | string[];
  url: string;
}

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { jsonValidation: JsonValidation[] };
};
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(projectRoot, path), 'utf8'));
/** The schema at `schemaPath`, compiled the way the editor reads it: the config schema's "ladder" refers to the ladder schema beside it. */
const compile = (schemaPath: string) =>
  new Ajv({ allErrors: true, strict: false }).addSchema(readJson('schemas/ladder.schema.json') as object, 'ladder.schema.json').compile(readJson(schemaPath) as object);

/** The schema VS Code's JSON language features give a workspace file: a fileMatch without a slash matches at any depth. */
function schemaFor(path: string): string | undefined {
  const entry = manifest.contributes.jsonValidation.find((v) =>
    [v.fileMatch].flat().some((pattern) => minimatch(path, `**/${pattern.replace(/^\//, '')}`, { dot: true })),
  );
  return entry?.url.replace(/^\.\//, '');
}

const exampleFolders = readdirSync(join(projectRoot, 'examples/ladders'));

test('every schema the manifest names exists and compiles', () => {
  for (const { url } of manifest.contributes.jsonValidation) {
    const path = url.replace(/^\.\//, '');
    assert.ok(existsSync(join(projectRoot, path)), `${url} is missing`);
    assert.equal(typeof compile(path), 'function');
  }
});

test('the ladder file init writes, and the usual ladder names, get the ladder schema; .role-docs.json gets the config schema', () => {
  assert.equal(schemaFor(STARTER_LADDER_FILE), 'schemas/ladder.schema.json');
  for (const path of ['handbook/ladder.json', 'base-ladder.json', 'team/acme.ladder.json', 'ladders/design.json', 'examples/ladders/level-codes/ladder.json']) {
    assert.equal(schemaFor(path), 'schemas/ladder.schema.json', path);
  }
  assert.equal(schemaFor('.role-docs.json'), 'schemas/config.schema.json');
  assert.equal(schemaFor('team/.role-docs.json'), 'schemas/config.schema.json');
  for (const path of ['package.json', 'tsconfig.json', 'ladders.json', 'ladder.jsonc']) assert.equal(schemaFor(path), undefined, path);
});

test('the ladder schema accepts the built-in ladder, every example ladder and every starter', () => {
  const validate = compile('schemas/ladder.schema.json');
  const ladders: [string, unknown][] = [
    ['schemas/ladders/gitlab.json', readJson('schemas/ladders/gitlab.json')],
    ...exampleFolders.map((name): [string, unknown] => [`examples/ladders/${name}/ladder.json`, readJson(`examples/ladders/${name}/ladder.json`)]),
    ...LADDER_SHAPES.map((shape): [string, unknown] => [`starter ${shape}`, JSON.parse(starterLadderText(shape))]),
  ];
  for (const [name, ladder] of ladders) assert.equal(validate(ladder), true, `${name}: ${JSON.stringify(validate.errors)}`);
  assert.equal(validate({ extends: './base-ladder.json', name: 'Team' }), true);
  assert.equal(validate({ extends: 'gitlab', nmae: 'Typo' }), false);
});

test('the config schema accepts every example .role-docs.json and the one init writes', () => {
  const validate = compile('schemas/config.schema.json');
  for (const name of exampleFolders) assert.equal(validate(readJson(`examples/ladders/${name}/.role-docs.json`)), true, name);
  assert.equal(validate(JSON.parse(starterConfigText(STARTER_LADDER_FILE))), true);
});

test('a "$schema" of role-docs-schema: wakes the extension that serves it', () => {
  const client = readFileSync(join(projectRoot, 'client/src/common/schemaContent.ts'), 'utf8');
  const scheme = /SCHEMA_SCHEME = '([^']+)'/.exec(client)?.[1];
  assert.equal(scheme, 'role-docs-schema');
  assert.ok(manifest.activationEvents.includes(`onFileSystem:${scheme}`), JSON.stringify(manifest.activationEvents));
  // The files it serves are the ones the .vsix ships.
  for (const name of ['ladder.schema.json', 'config.schema.json']) {
    assert.ok(client.includes(`'${name}'`), name);
    assert.ok(existsSync(join(projectRoot, 'schemas', name)), name);
  }
});
