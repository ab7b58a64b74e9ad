import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { NodeWorkspace, pathFromUri } from '../../server/src/node/nodeWorkspace';
import { createRoleDocsService } from '../../server/src/service/index';
import { defaultConfig } from '../../server/src/service/config/defaultConfig';
import { deterministicParseLimits } from '../../server/src/service/parse/parseMarkdown';
import type { RoleDocument } from '../../server/src/service/document/model';
import { assertCorpusPresent, corpusRoot } from '../helpers/corpus';
import { seededRandom } from '../helpers/seededRandom';

/** Edits that move units, cut new ones, join them, open constructs, and change which definitions a unit needs. */
const EDITS: ((text: string, at: number) => string)[] = [
  (text, at) => text.slice(0, at) + 'e' + text.slice(at),
  (text, at) => text.slice(0, at) + text.slice(at + 1),
  (text, at) => text.slice(0, at) + '\n\n## Added heading [grade 7](#x)\n\nExtends the Senior requirements. [a][ref]\n\n' + text.slice(at),
  (text, at) => text.slice(0, at) + text.slice(at + 300),
  (text, at) => text.slice(0, at) + '\n\n[ref]: /handbook/#added\n\n' + text.slice(at),
  (text, at) => text.slice(0, at) + '\n```\n' + text.slice(at),
  // At the start of the line holding `at`: the line changes kind (heading, list, fence, comment, quote).
  (text, at) => atLineStart(text, at, '# '),
  (text, at) => atLineStart(text, at, '- '),
  (text, at) => atLineStart(text, at, '~~~\n'),
  (text, at) => atLineStart(text, at, '<!-- '),
  (text, at) => atLineStart(text, at, '> '),
  // Line endings: blank lines made and removed, which cut and join blocks.
  (text, at) => text.slice(0, at) + '\n\n' + text.slice(at),
  (text, at) => {
    const nl = text.indexOf('\n', at);
    return nl === -1 ? text : text.slice(0, nl) + text.slice(nl + 1);
  },
  (text, at) => text.slice(0, at) + '*' + text.slice(at),
];

function atLineStart(text: string, at: number, insert: string): string {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, line) + insert + text.slice(line);
}

/** The model as compared: the line index by its line starts (an index made after an edit is made from the previous one's). */
const model = (doc: RoleDocument) => ({ ...doc, lines: Array.from({ length: doc.lines.lineCount }, (_, line) => doc.lines.lineStart(line)), version: undefined });

/**
 * Paranoid mode for the edit path: after each seeded edit, the model and findings of the open page
 * (built from its previous version: kept units, shifted nodes, unit extracts) equal those of the
 * same text built from scratch by a second service with an empty cache.
 */
test('the model built incrementally after edits equals the model built from scratch', async () => {
  assertCorpusPresent();
  const workspace = new NodeWorkspace([corpusRoot]);
  const files = await workspace.findMarkdownFiles();
  const sized = await Promise.all(files.map(async (uri) => ({ uri, size: (await stat(pathFromUri(uri))).size })));
  const largest = sized.sort((a, b) => b.size - a.size).slice(0, 4).map((f) => f.uri);
  const options = { workspace, config: defaultConfig(), logger: { log: () => {} }, parseLimits: deterministicParseLimits };
  const service = createRoleDocsService(options);
  const scratchService = createRoleDocsService(options);
  const random = seededRandom(20261128);
  let version = 0;
  let compared = 0;
    for (const uri of largest) {
    let text = await readFile(pathFromUri(uri), 'utf8');
    service.store.setOpen(uri, text, ++version);
    service.getDocument(uri, text, version);
    for (let i = 0; i < 30; i++) {
      const edit = Math.floor(random() * EDITS.length);
      const at = Math.floor(random() * text.length);
      text = EDITS[edit](text, at);
      service.store.setOpen(uri, text, ++version);
      const incremental = service.getDocument(uri, text, version);
      const incrementalFindings = await service.check(incremental);
      const kept = service.parseCache.trees.size;
      scratchService.parseCache.trees.clear();
      const scratch = scratchService.getDocument(uri, text, version);
      assert.notEqual(scratch, incremental);
      const where = `${uri} edit ${i} (kind ${edit} at ${at})`;
      assert.deepEqual(model(incremental), model(scratch), where);
      assert.deepEqual(incrementalFindings, await scratchService.check(scratch), where);
      // Every other edit leaves the cache empty, so the kept units must come from the previous version itself.
      if (i % 2) service.parseCache.trees.clear();
      else assert.ok(kept > 0);
      compared++;
    }
  }
  assert.equal(compared, 120);
  // Most edits reuse the previous version; those near definitions or front matter parse whole.
  const { reused, whole } = service.parseCache.parseRuns;
  assert.equal(reused + whole, 120);
  assert.deepEqual({ reused, whole }, { reused: 109, whole: 11 });
});
