import type { CodeActionContext, Position } from 'vscode-languageserver-types';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex/workspaceIndex';
import { createLanguageFeatures, RenameRefusedError } from '../../../server/src/service/features/index';
import type { ResolvedFinding } from '../../../server/src/service/types';

export const ROOT = 'file:///ws';
export const PAGE_URI = `${ROOT}/job-families/engineering/page/index.html.md`;
/** A neighbour page the fuzzed page's site-path and relative links can land on. */
const NEIGHBOUR_URI = `${ROOT}/job-families/engineering/other/index.html.md`;
const NEIGHBOUR = '# Other\n\n## Senior\n\n### Requirements\n\n- x\n\n<a id="kept"></a>\n';

export interface ExerciseResult {
  findings: ResolvedFinding[];
  /** Messages a rule logged when it threw: checkDocument swallows the throw, so this is how a test sees it. */
  ruleFailures: string[];
}

/**
 * Runs the whole engine over one page: the model, every rule, and every LanguageFeatures method at
 * each position. Any exception escapes to the caller (a property failure); rule throws are collected.
 */
export async function exercisePage(text: string, positions: Position[], version = 1): Promise<ExerciseResult> {
  const ruleFailures: string[] = [];
  const workspace = new InMemoryWorkspace([ROOT], { [PAGE_URI]: text, [NEIGHBOUR_URI]: NEIGHBOUR });
  const service = createRoleDocsService({ workspace, logger: { log: (m) => ruleFailures.push(m) } });
  const index = new WorkspaceIndex(service);
  const features = createLanguageFeatures(service, index);
  const document = service.getDocument(PAGE_URI, text, version);
  index.update(document);
  const findings = await service.check(document);
  const diagnostics = await features.getDiagnostics(document);
  features.getDocumentSymbols(document);
  features.getFoldingRanges(document);
  await features.getDocumentLinks(document);
  await features.getCodeLenses(document);
  await features.getWorkspaceSymbols('senior');
  await features.getWorkspaceSymbols('');
  await features.getDependentPages(PAGE_URI);
  for (const position of positions) {
    await features.getHover(document, position);
    await features.getDefinition(document, position);
    await features.getReferences(document, position, true);
    await features.prepareRename(document, position);
    try {
      await features.getRenameEdit(document, position, 'renamed-id');
    } catch (error) {
      // Refusing a colliding rename is the documented answer, not a crash.
      if (!(error instanceof RenameRefusedError)) throw error;
    }
    await features.getCompletions(document, position);
    await features.getEffectiveRole(document, position);
    const range = { start: position, end: position };
    const context: CodeActionContext = { diagnostics: diagnostics.filter((d) => d.range.start.line === position.line) };
    await features.getCodeActions(document, range, context);
  }
  await features.getCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics, only: ['source.fixAll'] });
  return { findings, ruleFailures };
}

/** Positions worth asking about: the given offsets' positions, plus ones past the end of a line and of the page. */
export function positionsFor(text: string, offsets: number[]): Position[] {
  const out: Position[] = [];
  for (const offset of offsets) {
    const o = Math.max(0, Math.min(offset, text.length));
    const before = text.slice(0, o);
    const line = before.split(/\r\n|\r|\n/).length - 1;
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    out.push({ line, character: o - lineStart });
  }
  const lines = text.split(/\r\n|\r|\n/).length;
  out.push({ line: 0, character: 10_000 }, { line: lines + 3, character: 0 }, { line: lines - 1, character: 1 });
  return out;
}
