// The floor: list and read every page as UTF-8, nothing else.
import { readFileSync } from 'node:fs';
import { listMarkdown } from './listMarkdown.mjs';

let bytes = 0;
const files = listMarkdown(process.argv[2]);
for (const file of files) bytes += readFileSync(file, 'utf8').length;
console.log(`${files.length} pages, ${bytes} characters read`);
