import { createHash } from 'node:crypto';

/** A short content hash: page texts are compared by it between runs and across threads. */
export const hashText = (text: string): string => createHash('sha1').update(text).digest('base64url');

/**
 * The same hash from a file's bytes, BOM dropped: for valid UTF-8 it equals `hashText` of the
 * decoded text, with no decoding. Bytes that are not UTF-8 hash to something no checked text has.
 */
export function hashBytes(bytes: Buffer): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return createHash('sha1').update(bom ? bytes.subarray(3) : bytes).digest('base64url');
}
