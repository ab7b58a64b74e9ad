import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../roleDocsService';
import type { RoleDocument } from '../document/model';
import type { CancellationToken, ResolvedFinding, Severity } from '../types';
import { isCancelled } from './cancellation';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnosticData';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as an LSP diagnostic; its fixes and the document version ride in `data`. */
export function toDiagnostic(finding: ResolvedFinding, version: number): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, rule: finding.rule, fixes: finding.fixes ?? [], version };
  return {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

/** Turns the checker's findings for a page into diagnostics. */
export class DiagnosticsProvider {
  readonly #service: RoleDocsService;

  constructor(service: RoleDocsService) {
    this.#service = service;
  }

  /** Diagnostics of one page version; empty when cancelled. */
  async provideDiagnostics(document: RoleDocument, token?: CancellationToken): Promise<Diagnostic[]> {
    if (isCancelled(token)) return [];
    const findings = await this.#service.check(document);
    if (isCancelled(token)) return [];
    return findings.map((f) => toDiagnostic(f, document.version));
  }
}
