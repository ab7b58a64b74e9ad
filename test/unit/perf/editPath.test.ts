import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentStore } from '../../../server/src/service/documentStore';
import { documentOptions } from '../../../server/src/service/index';
import { ParseCache } from '../../../server/src/service/parse/parseCache';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { buildRoleDocument } from '../../../server/src/service/document/buildRoleDocument';
import { createRuleContext } from '../../../server/src/service/check/ruleContext';
import { inclusiveLanguage } from '../../../server/src/service/rules/inclusiveLanguage';
import type { Workspace } from '../../../server/src/service/workspace';

const ROOT = 'file:///ws';
const PAGE = `${ROOT}/a.md`;
const MISSING = `${ROOT}/missing.md`;

/** A workspace that counts reads and can hold a read back until released. */
function countingWorkspace(files: Record<string, string>) {
  const reads: string[] = [];
  let hold: Promise<void> | undefined;
  const workspace: Workspace = {
    roots: [ROOT],
    findMarkdownFiles: async () => Object.keys(files),
    async readText(uri) {
      reads.push(uri);
      const text = files[uri];
      await hold;
      return text;
    },
  };
  return { workspace, reads, files, holdReads: (until: Promise<void>) => (hold = until) };
}

const options = () => documentOptions(defaultConfig());

test('unwatched files are read on every load, present or missing', async () => {
  const { workspace, reads } = countingWorkspace({ [PAGE]: '# A\n' });
  const store = new DocumentStore(workspace, options());
  for (let i = 0; i < 2; i++) {
    assert.equal((await store.load(PAGE))?.text, '# A\n');
    assert.equal(await store.load(MISSING), undefined);
  }
  assert.deepEqual(reads, [PAGE, MISSING, PAGE, MISSING]);
});

test('watched files are read once until invalidated or closed; a missing one too', async () => {
  const { workspace, reads, files } = countingWorkspace({ [PAGE]: '# A\n' });
  const store = new DocumentStore(workspace, options(), () => true);
  await store.load(PAGE);
  await store.load(MISSING);
  files[PAGE] = '# B\n';
  files[MISSING] = '# Now here\n';
  assert.equal((await store.load(PAGE))?.text, '# A\n');
  assert.equal(await store.load(MISSING), undefined);
  assert.deepEqual(reads, [PAGE, MISSING]);
  store.invalidate(PAGE);
  store.close(MISSING);
  assert.equal((await store.load(PAGE))?.text, '# B\n');
  assert.equal((await store.load(MISSING))?.text, '# Now here\n');
  assert.equal((await store.load(PAGE))?.text, '# B\n');
  assert.deepEqual(reads, [PAGE, MISSING, PAGE, MISSING]);
});

test('what a watched store already holds is known without a read or a promise; the rest is not', async () => {
  const { workspace, reads } = countingWorkspace({ [PAGE]: '# A\n' });
  const store = new DocumentStore(workspace, options(), () => true);
  assert.equal(store.known(PAGE), undefined);
  assert.equal(store.known(MISSING), undefined);
  const loaded = await store.load(PAGE);
  await store.load(MISSING);
  assert.deepEqual(store.known(PAGE), { document: loaded });
  assert.deepEqual(store.known(MISSING), { document: undefined });
  store.setOpen(MISSING, '# Open\n', 3);
  assert.equal(store.known(MISSING)?.document?.text, '# Open\n');
  assert.deepEqual(reads, [PAGE, MISSING]);
  // Unwatched files may have changed: nothing closed is known.
  const unwatched = new DocumentStore(workspace, options());
  await unwatched.load(PAGE);
  assert.equal(unwatched.known(PAGE), undefined);
});

test('a read that a change overtakes is used once, not kept', async () => {
  const { workspace, reads, holdReads } = countingWorkspace({ [PAGE]: '# A\n' });
  const store = new DocumentStore(workspace, options(), () => true);
  let release!: () => void;
  holdReads(new Promise<void>((resolve) => (release = resolve)));
  const loading = store.load(PAGE);
  store.invalidate(PAGE);
  release();
  assert.equal((await loading)?.text, '# A\n');
  await store.load(PAGE);
  assert.deepEqual(reads, [PAGE, PAGE]);
});

test('a title is classified once per ladder, across pages and versions', () => {
  const config = defaultConfig();
  const classifyIn = (version: number) => {
    const document = buildRoleDocument(PAGE, version, `## Senior Backend Engineer\n\nv${version}\n`, options());
    return createRuleContext(document, config.ladder, 'a.md', { byLinkOffset: new Map() }, {}).classify(document.headings[0].text);
  };
  const first = classifyIn(1);
  assert.equal(first?.level.id, 'senior');
  assert.equal(first?.matched, 'Senior');
  assert.equal(classifyIn(2), first);
});

test('inclusive-language runs its term patterns only on prose that holds some term', () => {
  const config = defaultConfig();
  const prose = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} about the role.`).join('\n\n');
  const text = `${prose}\n\nThanks, guys.\n`;
  const document = buildRoleDocument(PAGE, 1, text, options());
  const context = createRuleContext(document, config.ladder, 'a.md', { byLinkOffset: new Map() }, {});
  const scanned: string[] = [];
  const matchAll = String.prototype.matchAll;
  String.prototype.matchAll = function (this: string, pattern: RegExp) {
    scanned.push(String(this));
    return matchAll.call(this, pattern);
  } as typeof matchAll;
  let messages: string[];
  try {
    messages = inclusiveLanguage.check(context).map((f) => f.message);
  } finally {
    String.prototype.matchAll = matchAll;
  }
  assert.deepEqual(messages, ["Non-inclusive term 'guys': consider 'everyone', 'team', 'folks'."]);
  assert.deepEqual([...new Set(scanned)], ['Thanks, guys.']);
});

test('a page parsed for a scan reuses cached block trees but adds none; an edited page adds its own', async () => {
  const parseCache = new ParseCache();
  const blockTrees = parseCache.trees;
  const store = new DocumentStore(countingWorkspace({}).workspace, documentOptions(defaultConfig(), undefined, parseCache));
  const scanned = '# Scanned page\n\nText that only the scan reads.\n\n## Requirements\n\n- One.\n';
  store.parseUncached('file:///w/scanned.md', scanned, -1);
  assert.equal(blockTrees.size, 0);
  store.get('file:///w/open.md', '# Open page\n\nBeing edited.\n', 1);
  assert.equal(blockTrees.size, 1);
  const before = store.parseUncached('file:///w/open-copy.md', '# Open page\n\nBeing edited.\n', -1);
  assert.equal(blockTrees.size, 1);
  assert.equal(before.headings[0].text, 'Open page');
});
