// Every *.md below a folder, skipping node_modules and .git, as the tools being compared do.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function listMarkdown(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listMarkdown(path, out);
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out;
}
