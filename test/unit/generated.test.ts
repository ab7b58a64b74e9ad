import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { generatedFiles, generatedReadme, RULE_DOCS_DIR } from '../../scripts/generate/generatedFiles';
import { rules } from '../../server/src/service/rules';
import { parseConfigText } from '../../server/src/service/config/parseConfig';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = generatedFiles();
const read = (path: string) => readFileSync(root + path, 'utf8');

test('the committed config schema and rule docs are what `npm run generate` writes', () => {
  for (const [path, content] of files) {
    let onDisk: string | undefined;
    try {
      onDisk = read(path);
    } catch {
      onDisk = undefined;
    }
    assert.ok(onDisk === content, `${path} is missing or out of date: run npm run generate`);
  }
  const pages = readdirSync(root + RULE_DOCS_DIR).filter((n) => n.endsWith('.md')).map((n) => `${RULE_DOCS_DIR}/${n}`);
  assert.deepEqual(pages.filter((p) => !files.has(p)), [], 'pages of rules that no longer exist: run npm run generate');
});

test('the README\'s rule table is what `npm run generate` writes', () => {
  const readme = read('README.md');
  assert.ok(readme === generatedReadme(readme), 'the rule table in README.md is out of date: run npm run generate');
  for (const rule of rules) assert.ok(readme.includes(`| [${rule.id}](docs/rules/${rule.id}-${rule.alias}.md) |`), rule.id);
});

test('every rule has a doc page and is a property of the schema by id and by alias', () => {
  const schema = JSON.parse(files.get('schemas/config.schema.json')!);
  for (const rule of rules) {
    assert.ok(files.has(`${RULE_DOCS_DIR}/${rule.id}-${rule.alias}.md`), rule.id);
    assert.ok(schema.properties.rules.properties[rule.id], rule.id);
    assert.ok(schema.properties.rules.properties[rule.alias], rule.alias);
  }
  assert.ok(schema.properties.rules.properties['unknown-rule-in-comment']);
  assert.equal(schema.properties.rules.properties['unreadable-file'], undefined, 'RD000 cannot be configured');
});

test('the config schema compiles under Ajv strict mode (no unknown keywords or loose types)', () => {
  const ajv = new Ajv({ strict: true });
  ajv.addSchema({}, 'ladder.schema.json');
  assert.equal(typeof ajv.compile(JSON.parse(files.get('schemas/config.schema.json')!)), 'function');
});

// The ladder schema is the ladder loader's and is compiled as it compiles it (strict off).
const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(JSON.parse(read('schemas/ladder.schema.json')), 'ladder.schema.json');
  return ajv.compile(JSON.parse(files.get('schemas/config.schema.json')!));
})();

const gitlabLadder = JSON.parse(read('schemas/ladders/gitlab.json'));
delete gitlabLadder.$schema;

/** Configs the schema and the config reader must both accept, or both reject. */
const samples: { name: string; config: unknown; valid: boolean }[] = [
  { name: 'empty', config: {}, valid: true },
  {
    name: 'everything',
    config: {
      $schema: './schemas/config.schema.json',
      ladder: 'ladders/engineering.json',
      slugProfile: 'kramdown',
      rules: { RD001: 'warning', 'grade-order': { severity: 'off' }, 'unknown-rule-in-comment': false, RD003: true },
      contentRoots: ['content'],
      indexFiles: ['index.md'],
      include: ['job-families/**/*.md'],
      exclude: ['drafts/**'],
    },
    valid: true,
  },
  { name: 'inline ladder', config: { ladder: gitlabLadder }, valid: true },
  { name: 'unknown rule', config: { rules: { 'no-such-rule': 'error' } }, valid: false },
  { name: 'bad severity', config: { rules: { 'broken-anchor': 'fatal' } }, valid: false },
  { name: 'bad severity in object', config: { rules: { RD001: { severity: 'loud' } } }, valid: false },
  { name: 'undeclared option', config: { rules: { RD001: { severity: 'error', ignoreCase: true } } }, valid: false },
  { name: 'unconfigurable engine finding', config: { rules: { 'invalid-config': 'off' } }, valid: false },
  { name: 'bad slug profile', config: { slugProfile: 'markdown-it' }, valid: false },
  { name: 'unknown setting', config: { rulez: {} }, valid: false },
  { name: 'list of numbers', config: { include: [1] }, valid: false },
];

for (const sample of samples) {
  test(`schema and config reader agree: ${sample.name}`, async () => {
    assert.equal(validate(sample.config), sample.valid, JSON.stringify(validate.errors));
    const ladderText = JSON.stringify(gitlabLadder);
    const config = await parseConfigText(JSON.stringify(sample.config), 'file:///ws/.role-docs.json', async () => ladderText);
    assert.equal(config.problems.length === 0, sample.valid, JSON.stringify(config.problems));
  });
}
