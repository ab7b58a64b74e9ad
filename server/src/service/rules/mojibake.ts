import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';

/** Windows-1252 characters of bytes 0x80–0x9F (the rest of 0x80–0xFF is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The byte a character stands for when UTF-8 was read as Windows-1252, if it is a continuation byte. */
function continuationByte(c: string | undefined): number | undefined {
  if (c === undefined) return undefined;
  const code = c.charCodeAt(0);
  const byte = BYTE_OF.get(c) ?? (code >= 0x80 && code <= 0xbf ? code : undefined);
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf ? byte : undefined;
}

/** Continuation bytes a UTF-8 lead byte needs, 0 if the character is no lead byte. */
function continuationCount(code: number): number {
  if (code >= 0xc2 && code <= 0xdf) return 1;
  if (code >= 0xe0 && code <= 0xef) return 2;
  if (code >= 0xf0 && code <= 0xf4) return 3;
  return 0;
}

/** One mis-decoded UTF-8 character at `i`: its length in the text and what it should read. */
function decodeAt(text: string, i: number): { length: number; decoded: string } | undefined {
  const lead = text.charCodeAt(i);
  const count = continuationCount(lead);
  if (!count) return undefined;
  const bytes = [lead];
  for (let k = 1; k <= count; k++) {
    const byte = continuationByte(text[i + k]);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return { length: count + 1, decoded: decoder.decode(new Uint8Array(bytes)) };
  } catch {
    return undefined; // overlong or surrogate sequences are not UTF-8
  }
}

/** Characters `continuationCount` takes for UTF-8 lead bytes. */
const LEAD_BYTE = /[\u00c2-\u00f4]/g;

/** Runs of mojibake in `text`: adjacent mis-decoded characters form one run. */
export function findMojibake(text: string): { start: number; end: number; decoded: string }[] {
  const runs: { start: number; end: number; decoded: string }[] = [];
  let i = 0;
  while (i < text.length) {
    // Only a lead byte can start a run: jump to the next one rather than trying every character.
    LEAD_BYTE.lastIndex = i;
    const lead = LEAD_BYTE.exec(text);
    if (!lead) break;
    i = lead.index;
    const hit = decodeAt(text, i);
    if (!hit) {
      i++;
      continue;
    }
    const last = runs[runs.length - 1];
    if (last && last.end === i) {
      last.end += hit.length;
      last.decoded += hit.decoded;
    } else runs.push({ start: i, end: i + hit.length, decoded: hit.decoded });
    i += hit.length;
  }
  return runs;
}

export const mojibake: Rule = {
  id: 'RD011',
  alias: 'mojibake',
  description: 'Text was saved as UTF-8 read as Windows-1252 ("GitLabâ€™s" for "GitLab’s").',
  tags: ['encoding'],
  defaultSeverity: 'error',
  fixable: true,
  example: 'GitLabâ€™s values',
  correctExample: 'GitLab’s values',
  check(context: RuleContext): Finding[] {
    const { document } = context;
    return findMojibake(document.text).map(({ start, end, decoded }) => {
      const written = document.text.slice(start, end);
      const range = document.lines.rangeOf(start, end);
      return {
        ruleId: this.id,
        range,
        message: `Garbled text '${written}': write '${decoded}' (UTF-8 read as Windows-1252).`,
        fixes: [{ title: `Change '${written}' to '${decoded}'`, edits: [{ range, newText: decoded }], safe: true, preferred: true }],
        data: { written, decoded },
      };
    });
  },
};
