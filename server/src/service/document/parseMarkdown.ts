import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * The one place markdown is parsed. Nothing else may depend on how: the syntax tree's offsets
 * index into `text`, and that is the whole contract.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
