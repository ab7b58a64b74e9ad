import type { Root } from 'mdast';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatter } from './model';
import type { LineIndex } from '../text/lineIndex';

/** Reads the YAML block at the top of the page; YAML errors keep their place in the page. */
export function readFrontMatter(tree: Root, text: string, lines: LineIndex): FrontMatter | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml' || !node.position) return undefined;
  const start = node.position.start.offset ?? 0;
  const end = node.position.end.offset ?? 0;
  const bodyOffset = text.indexOf('\n', start) + 1;
  const body = node.value;
  const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0],
    range: lines.rangeOf(bodyOffset + e.pos[0], bodyOffset + Math.max(e.pos[1], e.pos[0] + 1)),
  }));
  let data: Record<string, unknown> | undefined;
  if (errors.length === 0) {
    const value: unknown = doc.toJS();
    if (value && typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
  }
  const keys: FrontMatter['keys'] = [];
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      // Only plain keys with a source range can be named and pointed at.
      if (isScalar(pair.key) && pair.key.range) {
        keys.push({ name: String(pair.key.value), range: lines.rangeOf(bodyOffset + pair.key.range[0], bodyOffset + pair.key.range[1]) });
      }
    }
  }
  return { range: lines.rangeOf(start, end), bodyOffset, body, data, errors, keys };
}
