/**
 * Rewrites a ladder message's `levels[3]` (or `levels[id="ic3"]`) into `level "ic3"`, the name its
 * author knows it by. An index stays when the level has no id or shares it with another level.
 */
export function nameLevelsById(message: string, value: unknown): string {
  const ids = levelIds(value);
  const idAt = (index: string, quoted: string | undefined): string | undefined => {
    if (quoted !== undefined) return quoted;
    const id = ids[Number(index)];
    return id !== undefined && ids.indexOf(id) === ids.lastIndexOf(id) ? id : undefined;
  };
  const reference = /levels\[(?:(\d+)|id="([^"\]]*)")\](?:\.([A-Za-z_$][\w$]*))?/g;
  return message.replace(reference, (whole, index: string, quoted: string | undefined, field: string | undefined, offset: number) => {
    const id = idAt(index, quoted);
    if (id === undefined) return whole;
    const level = `level ${JSON.stringify(id)}`;
    if (offset === 0) return field ? `${level}: ${field}` : level;
    return field ? `the ${field} of ${level}` : level;
  });
}

function levelIds(value: unknown): (string | undefined)[] {
  const levels = typeof value === 'object' && value !== null ? (value as { levels?: unknown }).levels : undefined;
  if (!Array.isArray(levels)) return [];
  return levels.map((level) => {
    const id = typeof level === 'object' && level !== null ? (level as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  });
}
