// own process: it counts the strings alive in the whole heap, which other tests' data would swell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getHeapSnapshot } from 'node:v8';
import { NodeWorkspace } from '../../../server/src/node/nodeWorkspace';
import { createRoleDocsService } from '../../../server/src/service/index';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';

/** Levels with everything the model keeps per unit: headings, grade and extends claims, links, HTML anchors. */
function rolePage(levels: number): string {
  let page = '---\ntitle: Retention Engineer\n---\n\n## Levels\n\n';
  for (let i = 0; i < levels; i++) {
    page += `### Retention Engineer ${i}\n\n<a id="level-${i}"></a>\n\n`;
    page += `The Retention Engineer ${i} is a [grade ${6 + (i % 4)}](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).\n\n`;
    page += `#### Retention Engineer ${i} Responsibilities\n\nExtends that of the [Retention Engineer ${i - 1}](#retention-engineer-${i - 1}-responsibilities) responsibilities.\n\n`;
    // Most units use no reference definition, so nothing is written before them when parsed.
    page += `- Owns the upkeep of the part of the handbook numbered ${i}, and reviews what others write there\n- Mentors [peers](#level-${i})${i % 50 === 0 ? ' and links to [the ladder][ladder]' : ''}\n\n`;
    page += `#### Retention Engineer ${i} Requirements\n\n- Writes clearly about level ${i}, at length, so that each level is a few parse units long\n\n`;
  }
  return page + '[ladder]: /handbook/engineering/career-development/\n';
}

/** Sizes of the flat strings alive after a full collection (taking a heap snapshot collects first). */
async function liveStringSizes(atLeast: number): Promise<number[]> {
  let json = '';
  for await (const chunk of getHeapSnapshot()) json += chunk;
  const { snapshot, nodes } = JSON.parse(json) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.meta.node_fields;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const stringType = snapshot.meta.node_types[0].indexOf('string');
  const sizes: number[] = [];
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + typeAt] === stringType && nodes[i + sizeAt] >= atLeast) sizes.push(nodes[i + sizeAt]);
  }
  return sizes;
}

/**
 * An open page's model keeps trees, headings and links from one version to the next. Were any of
 * them a view into the text it came from, each keystroke would keep one more whole copy of the page
 * alive, for as long as the piece is reused: on a 1 MB page, hundreds of MB after a few hundred edits.
 */
test('an open page edited many times keeps only its current text alive', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'role-docs-retention-'));
  try {
    const service = createRoleDocsService({ workspace: new NodeWorkspace([folder]), config: defaultConfig(), logger: { log: () => {} }, filesWatched: () => true });
    const uri = pathToFileURL(join(folder, 'retention-engineer.md')).href;
    let text = rolePage(300);
    assert.ok(text.length > 150_000, `the page is ${text.length} characters`);
    let version = 1;
    service.store.setOpen(uri, text, version);
    await service.check(service.getDocument(uri, text, version));
    // Edits spread over the page, each in a different unit, none near the definition at the end.
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(((i * 37) % 40) * (text.length / 41)) + 200;
      text = text.slice(0, at) + 'e' + text.slice(at);
      service.store.setOpen(uri, text, ++version);
      await service.check(service.getDocument(uri, text, version));
    }
    // A turn of the event loop first: the last check's file reads (of missing link targets) settle.
    await new Promise((resolve) => setImmediate(resolve));
    const pageSized = await liveStringSizes(text.length);
    assert.equal(pageSized.length, 1, `strings at least the page's size alive: ${pageSized.join(', ')} bytes`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
