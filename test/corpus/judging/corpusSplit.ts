import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Half = 'tuning' | 'heldOut';
export const HALVES: Half[] = ['tuning', 'heldOut'];

export interface CorpusSplit {
  seed: number;
  keyRule: string;
  /** How the halves were drawn and what was forced into tuning. */
  method: string;
  families: Record<string, { half: Half; pages: string[] }>;
}

export const SPLIT_FILE = fileURLToPath(new URL('../split.json', import.meta.url));

export function readSplit(file = SPLIT_FILE): CorpusSplit {
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusSplit;
}

/** Corpus page path (relative to the corpus root) → its half, from the recorded split. */
export function halfOfPage(split: CorpusSplit): (path: string) => Half | undefined {
  const byPage = new Map<string, Half>();
  for (const family of Object.values(split.families)) for (const page of family.pages) byPage.set(page, family.half);
  return (path) => byPage.get(path);
}
