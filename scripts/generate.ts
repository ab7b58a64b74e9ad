// Writes schemas/config.schema.json, docs/rules/ and the README's rule table from the rule list
// (`npm run generate`); test/unit/generated.test.ts fails when the committed files differ.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles, generatedReadme, RULE_DOCS_DIR } from './generate/generatedFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = generatedFiles();
mkdirSync(join(root, RULE_DOCS_DIR), { recursive: true });
for (const name of readdirSync(join(root, RULE_DOCS_DIR))) {
  const path = `${RULE_DOCS_DIR}/${name}`;
  if (name.endsWith('.md') && !files.has(path)) rmSync(join(root, path));
}
for (const [path, content] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const readme = join(root, 'README.md');
writeFileSync(readme, generatedReadme(readFileSync(readme, 'utf8')));
console.log(`Wrote ${files.size} files and the README's rule table.`);
