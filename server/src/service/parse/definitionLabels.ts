/**
 * Link reference and footnote definitions are document-wide: a reference in one block resolves to
 * a definition in any other. These helpers find the labels so each block can be given the ones its
 * references might use.
 */

export interface DefinitionCandidate {
  /** Normalised label; footnote labels start with `^`. */
  key: string;
  /** A minimal definition line with the label as written. */
  line: string;
}

// Labels as CommonMark reads them: no unescaped brackets, at most 999 characters.
const LABEL = String.raw`((?:[^\\\[\]]|\\[\s\S]){1,999})`;
const DEFINITION = new RegExp(String.raw`\[(\^?)${LABEL}\]:`, 'g');
const BRACKETED = new RegExp(String.raw`\[((?:[^\\\[\]]|\\[\s\S]){0,999})\]`, 'g');

/** CommonMark's label matching: whitespace runs collapsed, trimmed, case-folded. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/** Everything that looks like a definition (a superset: some may sit in code and define nothing). */
export function definitionCandidates(text: string): DefinitionCandidate[] {
  if (!text.includes(']:')) return [];
  const seen = new Set<string>();
  const out: DefinitionCandidate[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const key = m[1] + normalizeLabel(m[2]);
    if (seen.has(key) || !/[^\s]/.test(m[2])) continue;
    seen.add(key);
    out.push({ key, line: `[${m[1]}${m[2]}]: #\n` });
  }
  return out;
}

/** Keys of every bracketed text in a block: the labels its references could name. */
export function referencedLabels(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(BRACKETED)) out.add(normalizeLabel(m[1]));
  return out;
}
