import type { Nodes, Root } from 'mdast';

type Transform = (tree: Root) => Root | undefined | void;
interface MdastExtension {
  transforms?: Transform[];
  enter?: Record<string, unknown>;
}

// Every pattern of GFM's literal-autolink transform needs one of these in a text node's value.
const LITERAL_AUTOLINK_NEED = /@|https?:\/\/|www\./i;

/** Whether any text node could hold a literal autolink (inside links too: a superset is enough). */
function mayHoldLiteralAutolink(node: Nodes): boolean {
  if (node.type === 'text') return LITERAL_AUTOLINK_NEED.test(node.value);
  if ('children' in node) for (const child of node.children) if (mayHoldLiteralAutolink(child)) return true;
  return false;
}

/**
 * GFM's literal-autolink transform searches every text node of every parse with four patterns
 * (5 % of a cold check), though most blocks hold no URL or address in their text. Its transforms
 * are wrapped to run only when a text node could match; the tree is the same either way.
 */
export function guardLiteralAutolinkTransforms(extensions: readonly unknown[] | undefined): number {
  let guarded = 0;
  for (const item of extensions ?? []) {
    if (Array.isArray(item)) {
      guarded += guardLiteralAutolinkTransforms(item);
      continue;
    }
    const extension = item as MdastExtension;
    if (!extension.transforms || !extension.enter || !('literalAutolink' in extension.enter)) continue;
    extension.transforms = extension.transforms.map((transform) => (tree: Root) => (mayHoldLiteralAutolink(tree) ? transform(tree) : undefined));
    guarded++;
  }
  return guarded;
}
