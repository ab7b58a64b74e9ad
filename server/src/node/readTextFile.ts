import { promises as fs, readFileSync, statSync, type Stats } from 'node:fs';

/** Pages larger than this are not read: a handbook page is kilobytes, never tens of megabytes. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type ReadResult = { text: string } | { problem: string };

type BytesResult = { text: string; bytes: Buffer; bom: boolean } | { problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads a page as UTF-8, or says in one sentence why it cannot be checked. */
export async function readTextFile(path: string): Promise<ReadResult> {
  const read = await readTextFileBytes(path);
  return 'problem' in read ? read : { text: read.text };
}

/** The page's text (BOM removed) with the bytes it came from and whether they began with a BOM, for writers that must keep both. */
export async function readTextFileBytes(path: string): Promise<BytesResult> {
  let bytes: Buffer;
  try {
    const refused = refusal(await fs.stat(path));
    if (refused) return refused;
    bytes = await fs.readFile(path);
  } catch (error) {
    return readProblem(error);
  }
  return decode(bytes);
}

/**
 * A file's bytes, undecoded and blocking, under the same size rule: for the CLI's cache check,
 * which only hashes them, and where a thread-pool round trip per small file costs more than the read.
 */
export function readFileBytesSync(path: string): Buffer | { problem: string } {
  try {
    return refusal(statSync(path)) ?? readFileSync(path);
  } catch (error) {
    return readProblem(error);
  }
}

function refusal(stat: Stats): { problem: string } | undefined {
  if (!stat.isFile()) return { problem: 'Not a regular file.' };
  if (stat.size > MAX_FILE_BYTES) return { problem: `File is ${stat.size} bytes, over the ${MAX_FILE_BYTES}-byte limit; not checked.` };
  return undefined;
}

function readProblem(error: unknown): { problem: string } {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return { problem: `Cannot read the file (${code}).` };
}

function decode(bytes: Buffer): BytesResult {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { problem: 'Binary file (contains NUL bytes); not checked.' };
  try {
    return { text: utf8.decode(bytes), bytes, bom: bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  } catch {
    return { problem: 'File is not valid UTF-8; not checked.' };
  }
}
