import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** One import in a source file: what it names, and the project file it resolves to when it is relative. */
export interface SourceImport {
  /** The file that imports, relative to the project root with `/` separators. */
  from: string;
  specifier: string;
  /** The imported file relative to the project root, for a relative specifier that resolves. */
  target?: string;
  line: number;
}

/** Every .ts file under a folder of the project, relative to the root, sorted. */
export function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) files.push(toProjectPath(path));
    }
  };
  walk(join(projectRoot, folder));
  return files;
}

/**
 * Static imports, re-exports, `import type`, dynamic `import()` and `require()` of a file, as the
 * TypeScript compiler reads them (so comments and strings that look like imports do not count).
 */
export function importsOf(file: string): SourceImport[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName, pos }) => ({
    from: file,
    specifier: fileName,
    target: fileName.startsWith('.') ? resolveRelative(file, fileName) : undefined,
    line: text.slice(0, pos).split('\n').length,
  }));
}

/** `file:line imports 'specifier'`, for failure messages that point at the line to change. */
export function describeImport(i: SourceImport): string {
  return `${i.from}:${i.line} imports '${i.specifier}'`;
}

/** Whether a project path lies inside a folder (given relative to the root, no trailing slash). */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder + '/');
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(projectRoot, dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return toProjectPath(candidate);
  }
  // Outside the sources (a JSON schema, a package file): named, though no .ts file.
  return existsSync(base) ? toProjectPath(base) : undefined;
}

function toProjectPath(path: string): string {
  return relative(projectRoot, path).split('\\').join('/');
}
