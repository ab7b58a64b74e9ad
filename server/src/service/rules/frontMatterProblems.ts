import type { Finding, Range } from '../types';
import type { RoleDocument } from '../document/model';
import type { Rule, RuleContext } from './ruleTypes';

const KEY_LINE = /^[A-Za-z_][\w-]*:(?:[ \t]|$)/;
/** Continuation of a YAML value: indented, or a list item. */
const VALUE_LINE = /^(?:[ \t]+\S|-[ \t])/;
const DELIMITER = /^---[ \t]*$/;
const MAX_BLOCK_LINES = 60;

function lineText(document: RoleDocument, line: number): { text: string; start: number } {
  const start = document.lines.lineStart(line);
  const next = line + 1 < document.lines.lineCount ? document.lines.lineStart(line + 1) : document.text.length;
  return { text: document.text.slice(start, next).replace(/\r?\n$|\r$/, ''), start };
}

/** The closing line of a front matter block written without its opening `---`, if the page starts with one. */
function unopenedBlockEnd(document: RoleDocument): number | undefined {
  if (!KEY_LINE.test(lineText(document, 0).text)) return undefined;
  for (let line = 1; line < Math.min(document.lines.lineCount, MAX_BLOCK_LINES); line++) {
    const { text } = lineText(document, line);
    if (DELIMITER.test(text)) return line;
    if (!KEY_LINE.test(text) && !VALUE_LINE.test(text)) return undefined;
  }
  return undefined;
}

export const frontMatterProblems: Rule = {
  id: 'RD010',
  alias: 'front-matter',
  description: 'The front matter is malformed (no opening delimiter, trailing white space on a delimiter, invalid YAML), has no title, or uses keys the ladder does not know.',
  tags: ['front-matter'],
  defaultSeverity: 'warning',
  fixable: true,
  example: '---\ntitle: Data Analyst\nRoleName: Data Analyst\n--- ',
  correctExample: '---\ntitle: Data Analyst\n---',
  check(context: RuleContext): Finding[] {
    const { document, ladder } = context;
    const fm = document.frontMatter;
    const findings: Finding[] = [];
    const add = (range: Range, message: string, data: Record<string, unknown>, fixes?: Finding['fixes']): void => {
      findings.push({ ruleId: this.id, range, message, data, ...(fixes ? { fixes } : {}) });
    };
    if (!fm) {
      const end = unopenedBlockEnd(document);
      if (end === undefined) return findings;
      const first = lineText(document, 0);
      const at = { line: 0, character: 0 };
      add(
        document.lines.rangeOf(0, first.text.length),
        `Front matter without its opening '---': add it above line 1 (the YAML ends at the '---' on line ${end + 1}).`,
        { kind: 'no-opening-delimiter', closingLine: end + 1 },
        [{ title: "Add the opening '---'", edits: [{ range: { start: at, end: at }, newText: '---\n' }], safe: false, preferred: true }],
      );
      return findings;
    }
    for (const line of new Set([fm.range.start.line, fm.range.end.line])) {
      const { text, start } = lineText(document, line);
      if (text === '---' || !DELIMITER.test(text)) continue;
      const range = document.lines.rangeOf(start + 3, start + text.length);
      add(range, "Trailing white space after the front matter's '---': remove it; strict parsers do not recognise the line.", { kind: 'delimiter-whitespace' }, [
        { title: 'Remove the trailing white space', edits: [{ range, newText: '' }], safe: true, preferred: true },
      ]);
    }
    if (fm.errors.length) {
      // Later YAML errors are mostly echoes of the first, so only the first is reported.
      const [first] = fm.errors;
      const more = fm.errors.length > 1 ? ` (${fm.errors.length - 1} more after it)` : '';
      add(first.range, `Invalid YAML in the front matter: ${first.message}${more}.`, { kind: 'yaml', errors: fm.errors.length });
      return findings;
    }
    // What the front matter must hold is the ladder's expectation of its role pages; YAML errors are reported everywhere.
    if (!context.rolePage) return findings;
    const title = fm.data?.title;
    if (title === undefined || title === null || String(title).trim() === '') {
      const opening = lineText(document, fm.range.start.line);
      add(document.lines.rangeOf(opening.start, opening.start + opening.text.length), 'Front matter without a title: add a title key.', { kind: 'no-title' });
    }
    if (!ladder.frontMatterKeys.length) return findings;
    const allowed = new Set(ladder.frontMatterKeys);
    const present = new Set(fm.keys.map((k) => k.name));
    for (const key of fm.keys) {
      if (allowed.has(key.name)) continue;
      const lower = key.name.toLowerCase();
      const known = ladder.frontMatterKeys.find((k) => k.toLowerCase() === lower);
      // Renaming onto a key that is already there would make the YAML invalid.
      const fixable = known !== undefined && !present.has(known);
      add(
        key.range,
        `Unknown front matter key '${key.name}': ${known ? `did you mean '${known}'?` : 'the ladder does not list it; remove or rename it.'}`,
        { kind: 'unknown-key', key: key.name, ...(known ? { suggestion: known } : {}) },
        fixable ? [{ title: `Rename '${key.name}' to '${known}'`, edits: [{ range: key.range, newText: known }], safe: false, preferred: true }] : undefined,
      );
    }
    return findings;
  },
};
