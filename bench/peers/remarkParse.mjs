// The bare parse Role Docs is built on: remark-parse + remark-gfm + remark-frontmatter over every page.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { listMarkdown } from './listMarkdown.mjs';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
let nodes = 0;
const files = listMarkdown(process.argv[2]);
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
console.log(`${files.length} pages parsed, ${nodes} top-level nodes`);
