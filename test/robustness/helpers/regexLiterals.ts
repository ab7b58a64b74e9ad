import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexLiteral {
  /** `file:line`, relative to the project. */
  where: string;
  source: string;
  flags: string;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
}

/** Every regular-expression literal in the TypeScript under `dir`, found with the compiler's parser (not a regex). */
export function findRegexLiterals(projectRoot: string, dir: string): RegexLiteral[] {
  const files: string[] = [];
  walk(join(projectRoot, dir), files);
  const out: RegexLiteral[] = [];
  for (const file of files) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf('/');
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
        out.push({ where: `${relative(projectRoot, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return out;
}

/** Characters a regex's source mentions, unescaped roughly, plus the classes' usual members. */
function charsOf(source: string): string[] {
  const chars = new Set<string>([' ', '\t', '\n', 'a', 'A', '1', '\u00a0', '\u200b', '-', '.']);
  const escapes: Record<string, string> = { s: ' ', d: '7', w: 'x', n: '\n', t: '\t', r: '\r', b: ' ' };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[++i];
      if (e !== undefined) chars.add(escapes[e] ?? e);
    } else if (!'^$()|?+*{}'.includes(c)) chars.add(c);
  }
  return [...chars];
}

/** Adversarial inputs of about `size` characters for one regex: runs of its own characters and pairs, ending in a character it cannot match. */
export function adversarialInputs(source: string, size: number): { name: string; text: string }[] {
  const chars = charsOf(source);
  const out: { name: string; text: string }[] = [];
  const run = (unit: string, tail: string) => unit.repeat(Math.ceil(size / unit.length)) + tail;
  for (const c of chars) {
    out.push({ name: `${JSON.stringify(c)}×n+NUL`, text: run(c, '\u0000') });
    out.push({ name: `a+${JSON.stringify(c)}×n+a`, text: 'a' + run(c, 'a') });
  }
  // Pairs of neighbouring characters in the source: alternations and nested quantifiers meet there.
  const seen = new Set<string>();
  for (let i = 0; i + 1 < source.length; i++) {
    const pair = source.slice(i, i + 2).replace(/\\/g, '');
    if (pair.length < 2 || seen.has(pair)) continue;
    seen.add(pair);
    out.push({ name: `${JSON.stringify(pair)}×n+NUL`, text: run(pair, '\u0000') });
  }
  for (const unit of ['is a ', '[a](', '{#a ', '<a id=', 'grade ', '## ', '\n ', ' \n', 'extends the ', '\r\n', '*a', '_a', '`a', '<!--', '](', '[', '{: #', '| a ']) {
    out.push({ name: `${JSON.stringify(unit)}×n+NUL`, text: run(unit, '\u0000') });
  }
  return out;
}
