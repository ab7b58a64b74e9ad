import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from '../../service';

/**
 * Finds the `.role-docs.json` that applies to a folder: the nearest one in it or above it, up to
 * the filesystem root (as markdownlint-cli2 and .editorconfig do). Remembers each folder's answer,
 * since a run asks for every page's folder and they share their parents.
 */
export class ConfigSearch {
  readonly #nearest = new Map<string, string | undefined>();

  nearest(dir: string): string | undefined {
    if (this.#nearest.has(dir)) return this.#nearest.get(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    const parent = dirname(dir);
    const found = isFile(candidate) ? candidate : parent === dir ? undefined : this.nearest(parent);
    this.#nearest.set(dir, found);
    return found;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
