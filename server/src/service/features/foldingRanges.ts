import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { RoleDocument } from '../document/model';
import { headingBlockEnd } from './headingBlocks';

/** Each heading's block (to the last non-blank line before the next heading of its level or higher), and the front matter. */
export class FoldingRangesProvider {
  /** Folding ranges in document order. */
  provideFoldingRanges(document: RoleDocument): FoldingRange[] {
    const out: FoldingRange[] = [];
    const fm = document.frontMatter;
    if (fm && fm.range.end.line > fm.range.start.line) {
      out.push({ startLine: fm.range.start.line, endLine: fm.range.end.line, kind: FoldingRangeKind.Region });
    }
    const { headings, text, lines } = document;
    headings.forEach((heading, i) => {
      let end = headingBlockEnd(document, i);
      while (end > heading.endOffset && /\s/.test(text[end - 1])) end--;
      const endLine = lines.positionAt(end).line;
      const startLine = heading.range.end.line;
      if (endLine > startLine) out.push({ startLine: heading.range.start.line, endLine });
    });
    return out;
  }
}
