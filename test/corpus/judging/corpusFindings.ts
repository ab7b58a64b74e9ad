import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { runCliProcess, projectRoot } from '../../helpers/runCliProcess';
import { corpusRoot } from '../../helpers/corpus';

/** One finding of the corpus run, keyed by what survives a message rewording. */
export interface CorpusFinding {
  /** Path relative to the corpus root, `/`-separated. */
  file: string;
  rule: string;
  alias: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The source text at the finding's range (first line of it, at most EXCERPT_MAX characters). */
  excerpt: string;
  message: string;
}

interface CliJsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  rule: string;
  message: string;
}

export const EXCERPT_MAX = 120;
/** The command whose findings the verdicts judge, run from the project root. */
export const CORPUS_COMMAND = ['check', relative(projectRoot, corpusRoot), '--no-cache', '--exit-zero', '--format', 'json'];

/** Every markdown page of the corpus, relative to its root, sorted. */
export function corpusPages(root = corpusRoot): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) pages.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return pages;
}

/** The lines of a corpus page (line breaks dropped). */
export function pageLines(file: string, root = corpusRoot): string[] {
  return readFileSync(join(root, file), 'utf8').split(/\r\n|\r|\n/);
}

/** The text a 1-based range covers, cut at the end of its first line and at EXCERPT_MAX characters. */
export function excerptOf(lines: string[], line: number, column: number, endLine: number, endColumn: number): string {
  const text = lines[line - 1] ?? '';
  const end = endLine === line ? endColumn - 1 : text.length;
  return text.slice(column - 1, end).slice(0, EXCERPT_MAX);
}

/** Runs the bundled CLI over the corpus (`npm run build` first) and returns its findings with excerpts. */
export function runCorpusCheck(): CorpusFinding[] {
  const outDir = mkdtempSync(join(tmpdir(), 'role-docs-verdicts-'));
  const output = join(outDir, 'findings.json');
  try {
    const run = runCliProcess([...CORPUS_COMMAND, '--output', output], projectRoot);
    if (run.status !== 0) throw new Error(`role-docs ${CORPUS_COMMAND.join(' ')} exited ${run.status}: ${run.stderr}`);
    const raw = JSON.parse(readFileSync(output, 'utf8')) as CliJsonFinding[];
    const lines = new Map<string, string[]>();
    return raw.map((f) => {
      const file = relative(corpusRoot, join(projectRoot, f.file)).split(sep).join('/');
      if (!lines.has(file)) lines.set(file, pageLines(file));
      const excerpt = excerptOf(lines.get(file)!, f.line, f.column, f.endLine, f.endColumn);
      return { file, rule: f.code, alias: f.rule, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, excerpt, message: f.message };
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
