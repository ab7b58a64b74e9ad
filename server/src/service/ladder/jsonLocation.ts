import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { LadderPath } from './ladderIssue';

export interface TextSpan {
  offset: number;
  length: number;
}

/**
 * The span of the node at `path` under `root`, or of its deepest existing ancestor when the path is absent.
 * With `atKey`, the span of the property name instead of its value.
 */
export function spanAt(root: Node, path: LadderPath, atKey = false): { span: TextSpan; depth: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? root : findNodeAtLocation(root, path.slice(0, depth));
    if (!node) continue;
    const keyNode = atKey && depth === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = keyNode ?? node;
    return { span: { offset: target.offset, length: target.length }, depth };
  }
  return { span: { offset: root.offset, length: root.length }, depth: 0 };
}
