import type { LinkKind } from './model';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export interface ParsedTarget {
  kind: LinkKind;
  path?: string;
  fragment?: string;
  /** Offset of the fragment text (after `#`) within the target string. */
  fragmentOffset?: number;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Splits a link destination into kind, path and fragment. */
export function parseLinkTarget(target: string): ParsedTarget {
  const trimmed = target.trim();
  if (trimmed === '') return { kind: 'empty' };
  const hash = trimmed.indexOf('#');
  const beforeHash = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash === -1 ? undefined : decode(trimmed.slice(hash + 1));
  const fragmentOffset = hash === -1 ? undefined : target.indexOf('#') + 1;
  if (hash === 0) return { kind: 'fragment', fragment, fragmentOffset };
  if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external', fragment, fragmentOffset };
  const path = decode(beforeHash.replace(/\?.*$/, ''));
  return { kind: trimmed.startsWith('/') ? 'site-path' : 'relative', path, fragment, fragmentOffset };
}

/**
 * Finds the destination of an inline link `[text](dest "title")` in its source: the `](` that
 * closes the text at bracket depth zero, then the destination up to white space or the `)`.
 */
export function locateInlineDestination(source: string): { start: number; end: number } | undefined {
  if (source[0] !== '[' && !source.startsWith('![')) return undefined;
  let depth = 0;
  let i = source[0] === '!' ? 1 : 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (source[i + 1] !== '(') return undefined;
  let start = i + 2;
  while (source[start] === ' ' || source[start] === '\t' || source[start] === '\n') start++;
  if (source[start] === '<') {
    const close = source.indexOf('>', start);
    return close === -1 ? undefined : { start: start + 1, end: close };
  }
  let end = start;
  let parens = 0;
  for (; end < source.length; end++) {
    const c = source[end];
    if (c === '\\') {
      end++;
      continue;
    }
    if (c === '(') parens++;
    else if (c === ')') {
      if (parens === 0) break;
      parens--;
    } else if (c === ' ' || c === '\t' || c === '\n') break;
  }
  return { start, end };
}
