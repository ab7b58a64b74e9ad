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

/** Turns offsets into 0-based line/character positions (UTF-16 code units, as in LSP). */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++;
      if (code === 13 || code === 10) this.lineStarts.push(index + 1);
    }
  }

  position(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - this.lineStarts[low]! };
  }
}
