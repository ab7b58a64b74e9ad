import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { NodeWorkspace, pathFromUri } from '../../server/src/node/nodeWorkspace';
import { parseMarkdown, parseMarkdownWhole, ParseCache, defaultParseLimits } from '../../server/src/service/parse/parseMarkdown';
import { blockStarts } from '../../server/src/service/parse/blockSplit';
import { assertCorpusPresent, corpusRoot } from '../helpers/corpus';

/** The trees this file's parses share, as a service's do. */
const parseCache = new ParseCache();

/** Paranoid mode over the corpus: the block-by-block parse must give the whole-page parse's tree, node for node. */
test('block parse equals the whole-page parse on every corpus page', async () => {
  assertCorpusPresent();
  const files = await new NodeWorkspace([corpusRoot]).findMarkdownFiles();
  assert.equal(files.length, 394);
  let blocks = 0;
  for (const uri of files) {
    const text = await readFile(pathFromUri(uri), 'utf8');
    parseCache.trees.clear();
    const { tree, skipped } = parseMarkdown(text, defaultParseLimits, parseCache);
    assert.deepEqual(skipped, [], uri);
    const whole = parseMarkdownWhole(text);
    // Strings first: deepEqual on a whole page's tree is slow, and only a mismatch needs its diff.
    if (JSON.stringify(tree) !== JSON.stringify(whole)) assert.deepEqual(tree, whole, uri);
    blocks += blockStarts(text).length;
  }
  // The corpus must really be cut up, or the comparison proves nothing.
  assert.ok(blocks > 10 * files.length, `only ${blocks} blocks`);
});
