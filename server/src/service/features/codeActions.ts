import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../roleDocsService';
import type { RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import { FIX_ALL_KIND } from './languageFeatures';
import { isCancelled } from './cancellation';
import { DIAGNOSTIC_SOURCE, readDiagnosticData, type DiagnosticData } from './diagnosticData';
import { planSafeFixes } from '../fixes/planSafeFixes';

/** The comment the checker reads to skip one rule on the next line. */
export function disableNextLineComment(alias: string): string {
  return `<!-- role-docs-disable-next-line ${alias} -->`;
}

/** Whether the client asked for actions of `kind` (no `only` means every kind). */
function wants(context: CodeActionContext, kind: string): boolean {
  return !context.only || context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** Quick fixes from each diagnostic's data, a disable comment per rule and line, and fix-all for safe fixes. */
export class CodeActionsProvider {
  readonly #service: RoleDocsService;

  constructor(service: RoleDocsService) {
    this.#service = service;
  }

  /** Actions for the diagnostics in `context`; a diagnostic from another version of the document gets none. */
  async provideCodeActions(document: RoleDocument, _range: Range, context: CodeActionContext, token?: CancellationToken): Promise<CodeAction[]> {
    if (isCancelled(token)) return [];
    const current: { diagnostic: Diagnostic; data: DiagnosticData }[] = [];
    for (const diagnostic of context.diagnostics) {
      const data = diagnostic.source === DIAGNOSTIC_SOURCE ? readDiagnosticData(diagnostic.data) : undefined;
      if (data && data.version === document.version) current.push({ diagnostic, data });
    }
    const actions: CodeAction[] = [];
    if (wants(context, CodeActionKind.QuickFix)) {
      for (const { diagnostic, data } of current) {
        for (const fix of data.fixes) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred === true,
            edit: { changes: { [document.uri]: fix.edits } },
          });
        }
      }
      const disabled = new Set<string>();
      for (const { diagnostic, data } of current) {
        const key = `${diagnostic.range.start.line} ${data.rule}`;
        if (disabled.has(key)) continue;
        disabled.add(key);
        actions.push(this.#disableAction(document, diagnostic, data));
      }
    }
    const askedForFixAll = context.only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) === true;
    const offerFixAll = askedForFixAll || (!context.only && current.some(({ data }) => data.fixes.some((f) => f.safe)));
    if (offerFixAll) {
      const findings = await this.#service.check(document);
      if (isCancelled(token)) return [];
      // The same plan as the CLI's --fix, so the editor and CI agree on what is safe.
      const edits = planSafeFixes(document, findings)
        .edits.sort((a, b) => a.start - b.start)
        .map((e) => ({ range: document.lines.rangeOf(e.start, e.end), newText: e.newText }));
      if (edits.length) actions.push({ title: 'Fix all safe Role Docs problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
    }
    return actions;
  }

  #disableAction(document: RoleDocument, diagnostic: Diagnostic, data: DiagnosticData): CodeAction {
    const line = diagnostic.range.start.line;
    const lineStart = document.lines.lineStart(line);
    const indent = /^[ \t]*/.exec(document.text.slice(lineStart, lineStart + 200))![0];
    const at = { line, character: 0 };
    return {
      title: `Disable ${data.rule} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: `${indent}${disableNextLineComment(data.rule)}\n` }] } },
    };
  }
}
