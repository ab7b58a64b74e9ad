import type { ExtendsClaim, ExtendsKind, Link } from './model';
import type { LineIndex } from './lineIndex';

const EXTENDS_WORD = /\bextends?\b[ \t]+(?:that[ \t]+of[ \t]+)?(?:the[ \t]+)?/gi;
const LINKED_ROLE = /^\[([^\]\n]{1,200})\]\([^()\s]*\)(?:[ \t]*(?:'s[ \t]+)?(responsibilities|requirements|role)\b)?/i;
const PLAIN_ROLE = /^([^.\n[\]();:]{1,150}?)[ \t]*(?:'s[ \t]+)?\b(responsibilities|requirements|role)\b/i;

/**
 * Finds "Extends that of the [X](#anchor) requirements" and "Extends the Senior requirements"
 * in one block of source starting at `offset`. `linksByOffset` maps a link's start to the link.
 */
export function findExtendsClaims(
  source: string,
  offset: number,
  lines: LineIndex,
  linksByOffset: Map<number, Link>,
): ExtendsClaim[] {
  const claims: ExtendsClaim[] = [];
  for (const m of source.matchAll(EXTENDS_WORD)) {
    const start = m.index ?? 0;
    const after = start + m[0].length;
    const rest = source.slice(after, after + 400);
    const linked = LINKED_ROLE.exec(rest);
    if (linked) {
      const link = linksByOffset.get(offset + after);
      claims.push({
        roleText: linked[1].trim(),
        roleTextRange: lines.rangeOf(offset + after + 1, offset + after + 1 + linked[1].length),
        sectionKind: (linked[2]?.toLowerCase() as ExtendsKind | undefined) ?? 'role',
        link,
        range: lines.rangeOf(offset + start, offset + after + linked[0].length),
        startOffset: offset + start,
      });
      continue;
    }
    const plain = PLAIN_ROLE.exec(rest);
    if (!plain || !plain[1].trim()) continue;
    const roleText = plain[1].trim();
    claims.push({
      roleText,
      roleTextRange: lines.rangeOf(offset + after, offset + after + roleText.length),
      sectionKind: plain[2].toLowerCase() as ExtendsKind,
      range: lines.rangeOf(offset + start, offset + after + plain[0].length),
      startOffset: offset + start,
    });
  }
  return claims;
}
