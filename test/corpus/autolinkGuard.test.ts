import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { NodeWorkspace, pathFromUri } from '../../server/src/node/nodeWorkspace';
import { parseMarkdownWhole } from '../../server/src/service/parse/parseMarkdown';
import { assertCorpusPresent, corpusRoot } from '../helpers/corpus';

const unguarded = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** The literal-autolink transform skipped where no text could need it: every corpus page parses as remark parses it. */
test('guarded parse equals the unguarded remark parse on every corpus page', async () => {
  assertCorpusPresent();
  const files = await new NodeWorkspace([corpusRoot]).findMarkdownFiles();
  assert.equal(files.length, 394);
  for (const uri of files) {
    const text = await readFile(pathFromUri(uri), 'utf8');
    const tree = parseMarkdownWhole(text);
    const expected = unguarded.parse(text);
    if (JSON.stringify(tree) !== JSON.stringify(expected)) assert.deepEqual(tree, expected, uri);
  }
});
