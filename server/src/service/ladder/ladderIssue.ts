/** A problem found in a ladder value, located by its JSON path; the loader turns the path into a text range. */
export type LadderPath = (string | number)[];

export interface LadderIssue {
  path: LadderPath;
  message: string;
  /** Point at the property name rather than its value (unknown properties). */
  atKey?: boolean;
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `levels[3].grade`, `sectionVocabulary["job-grade"]`; the root is `ladder`. */
export function formatPath(path: LadderPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (identifier.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text || 'ladder';
}
