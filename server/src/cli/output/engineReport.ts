import { promises as fs } from 'node:fs';
import { LineIndex, type ResolvedFinding } from '../../service';
import { pathFromUri } from '../../node/nodeWorkspace';
import { formatCodeQuality } from './formatCodeQuality';
import { formatSarif } from './formatSarif';
import { ruleCatalog } from './ruleCatalog';
import { toolVersion } from '../version';

/** The reports that need the rule catalogue or the pages' lines: SARIF and GitLab Code Quality. */
export async function formatEngineReport(format: 'sarif' | 'codequality', findings: ResolvedFinding[], cwd: string): Promise<string> {
  if (format === 'sarif') return formatSarif(findings, ruleCatalog(), cwd, toolVersion());
  const texts = new Map<string, { text: string; lines: LineIndex }>();
  for (const f of findings) {
    if (texts.has(f.uri)) continue;
    const text = (await fs.readFile(pathFromUri(f.uri), 'utf8').catch(() => '')).replace(/^\uFEFF/, '');
    texts.set(f.uri, { text, lines: new LineIndex(text) });
  }
  return formatCodeQuality(findings, cwd, (f) => lineText(texts.get(f.uri)!, f.range.start.line));
}

function lineText({ text, lines }: { text: string; lines: LineIndex }, line: number): string {
  if (line >= lines.lineCount) return '';
  const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  return text.slice(lines.lineStart(line), end).replace(/\r?\n$|\r$/, '');
}
