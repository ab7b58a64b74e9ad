import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { NodeWorkspace, pathFromUri } from '../../server/src/node/nodeWorkspace';
import { createRoleDocsService } from '../../server/src/service/index';
import { defaultConfig } from '../../server/src/service/config/defaultConfig';
import { deterministicParseLimits, type BlockEntry } from '../../server/src/service/parse/parseMarkdown';
import type { RoleDocument } from '../../server/src/service/document/model';
import { assertCorpusPresent, corpusRoot } from '../helpers/corpus';

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  Object.freeze(value);
}

/**
 * Parsed units are shared by every version of a page (and their shifted copies and extracts with
 * them), so nothing after the parse may change a node: with every cached entry frozen, building
 * and checking corpus pages, and editing them, must not throw (modules run in strict mode).
 */
test('no consumer of the parse changes a tree node: frozen trees build and check every corpus page', async () => {
  assertCorpusPresent();
  const workspace = new NodeWorkspace([corpusRoot]);
  const files = await workspace.findMarkdownFiles();
  const service = createRoleDocsService({ workspace, config: defaultConfig(), logger: { log: () => {} }, parseLimits: deterministicParseLimits });
  const blockTrees = service.parseCache.trees;
  const set = blockTrees.set;
  let frozen = 0;
  blockTrees.set = function (source: string, entry: BlockEntry) {
    deepFreeze(entry);
    frozen++;
    set.call(this, source, entry);
  };
  try {
    blockTrees.clear();
    let version = 0;
    // Headings, anchors, placed links, claims, prose runs and front matter are shared between versions too: frozen as built.
    const built = (document: RoleDocument): RoleDocument => {
      for (const shared of [document.headings, document.anchors, document.links, document.gradeClaims, document.extendsClaims, document.frontMatter]) deepFreeze(shared);
      for (const run of document.proseRuns) {
        deepFreeze(run.spans);
        Object.freeze(run);
      }
      return document;
    };
    for (const uri of files) {
      const text = await readFile(pathFromUri(uri), 'utf8');
      service.store.setOpen(uri, text, ++version);
      await service.check(built(service.getDocument(uri, text, version)));
      // An edit in the middle: units before it are reused, units after it are moved.
      const at = text.length >> 1;
      const edited = text.slice(0, at) + 'x' + text.slice(at);
      service.store.setOpen(uri, edited, ++version);
      await service.check(built(service.getDocument(uri, edited, version)));
    }
  } finally {
    blockTrees.set = set;
  }
  assert.ok(frozen > 2_000, `only ${frozen} entries frozen`);
  const probe = { type: 'text', value: 'a' };
  deepFreeze(probe);
  assert.throws(() => {
    (probe as { value: string }).value = 'b';
  }, TypeError);
});
