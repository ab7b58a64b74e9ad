import type { Diagnostic } from 'vscode-languageserver';

interface HeldReport {
  resultId: string;
  items: Diagnostic[];
  /** The versions of the page this report has been checked to be right for, `since` through `through`. */
  since: number;
  through: number;
}

/**
 * The last full diagnostic report of each open page. Most keystrokes change nothing a page reports
 * (positions count lines, and most edits stay within one): the report the client holds is then
 * still right, so it is answered 'unchanged' rather than encoded and sent again, and the fixes in
 * its diagnostics, made for an earlier version, still apply to this one (`current`).
 */
export class ReportHistory {
  readonly #reports = new Map<string, HeldReport>();

  /**
   * The result id to answer with for `items`, found at `version`: the held report's when only the
   * version in the diagnostics' data differs, otherwise `resultId`, held from now on.
   */
  settle(uri: string, version: number, resultId: string, items: Diagnostic[]): string {
    const held = this.#reports.get(uri);
    if (held && sameDiagnostics(held.items, items)) {
      held.through = version;
      return held.resultId;
    }
    this.#reports.set(uri, { resultId, items, since: version, through: version });
    return resultId;
  }

  /** Whether a diagnostic made for version `madeFor` belongs to the report that is right for `version`. */
  current(uri: string, madeFor: number, version: number): boolean {
    const held = this.#reports.get(uri);
    return held !== undefined && held.through === version && madeFor >= held.since && madeFor <= version;
  }

  forget(uri: string): void {
    this.#reports.delete(uri);
  }
}

function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const { data: aData, ...aShown } = a[i];
    const { data: bData, ...bShown } = b[i];
    if (!sameJson(aShown, bShown) || !sameJson(withoutVersion(aData), withoutVersion(bData))) return false;
  }
  return true;
}

/** A diagnostic's data less the version it was made for. */
function withoutVersion(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const { version: _madeFor, ...rest } = data as Record<string, unknown>;
  return rest;
}

/** Deep equality of JSON values (what is sent to the client); a key set to undefined counts as absent. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => sameJson(item, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const xKeys = Object.keys(x).filter((k) => x[k] !== undefined);
  const yKeys = Object.keys(y).filter((k) => y[k] !== undefined);
  return xKeys.length === yKeys.length && xKeys.every((k) => sameJson(x[k], y[k]));
}
