import { promises as fs } from 'node:fs';
import { applySafeFixes, FILE_VERSION, type ResolvedFinding, type RoleDocsService, unifiedDiff } from '../../service';
import { readTextFileBytes } from '../../node/readTextFile';
import { writeFileAtomic } from '../../node/writeFileAtomic';

const BOM = '\uFEFF';

export type FixFileResult =
  | { problem: string }
  | {
      /** What to report: the fixed text's findings, or the original's when nothing was written. */
      findings: ResolvedFinding[];
      fixed: number;
      changed: boolean;
      /** With dryRun: the change as a unified diff. */
      diff?: string;
      /** Why a change was not written. */
      refused?: string;
    };

/**
 * Applies the safe fixes to one file. The file keeps its BOM and line breaks, is replaced atomically,
 * and is not written at all if its bytes changed since they were read.
 */
export async function fixFile(path: string, uri: string, displayName: string, service: RoleDocsService, dryRun: boolean): Promise<FixFileResult> {
  const read = await readTextFileBytes(path);
  if ('problem' in read) return read;
  const outcome = await applySafeFixes(read.text, async (text) => {
    const document = service.getDocument(uri, text, FILE_VERSION);
    return { document, findings: await service.check(document) };
  });
  if (outcome.text === read.text) return { findings: outcome.after, fixed: 0, changed: false };
  const bom = read.bom ? BOM : '';
  if (dryRun) {
    const diff = unifiedDiff(bom + read.text, bom + outcome.text, `a/${displayName}`, `b/${displayName}`);
    return { findings: outcome.after, fixed: outcome.fixed, changed: true, diff };
  }
  const now = await fs.readFile(path).catch(() => undefined);
  if (!now || !now.equals(read.bytes)) {
    return { findings: outcome.before, fixed: 0, changed: false, refused: `${displayName} changed on disk while it was being fixed; not written.` };
  }
  try {
    await writeFileAtomic(path, Buffer.from(bom + outcome.text, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { findings: outcome.before, fixed: 0, changed: false, refused: `Cannot write ${displayName} (${code}); not fixed.` };
  }
  return { findings: outcome.after, fixed: outcome.fixed, changed: true };
}
