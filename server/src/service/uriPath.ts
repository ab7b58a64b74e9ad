/** Posix-style path arithmetic on URI strings; the service never imports node:path. */

export function dirnameUri(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i === -1 ? uri : uri.slice(0, i);
}

/** Joins and normalises `..` and `.`; returns undefined when `..` climbs above `base`'s scheme root. */
export function joinUri(base: string, relative: string): string | undefined {
  const schemeEnd = base.indexOf('://');
  const authorityEnd = schemeEnd === -1 ? 0 : base.indexOf('/', schemeEnd + 3);
  const head = schemeEnd === -1 ? '' : base.slice(0, authorityEnd === -1 ? base.length : authorityEnd);
  const path = base.slice(head.length) + '/' + relative;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return head + '/' + out.join('/');
}

export function isInside(uri: string, root: string): boolean {
  return uri === root || uri.startsWith(root.endsWith('/') ? root : root + '/');
}

export function relativeToRoots(uri: string, roots: readonly string[]): string {
  for (const root of roots) if (isInside(uri, root)) return uri.slice(root.length).replace(/^\//, '');
  return uri;
}
