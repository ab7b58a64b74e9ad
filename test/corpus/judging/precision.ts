import type { Half } from './corpusSplit';
import type { Matching, Verdict, VerdictValue } from './verdicts';
import type { RuleInfo } from '../../../server/src/service/rules/ruleTypes';

/** The least precision a rule of each severity must reach on the held-out half. */
export const PRECISION_FLOOR: Record<string, number> = { error: 0.95, warning: 0.9 };

export interface RuleTally {
  rule: string;
  alias: string;
  /** The strictest severity the rule's findings carry. */
  severity: string;
  half: Half;
  right: number;
  wrong: number;
  debatable: number;
}

const SEVERITY_ORDER = ['hint', 'info', 'warning', 'error'];

/** right / (right + wrong); undefined when nothing was judged right or wrong. */
export function precisionOf(t: RuleTally): number | undefined {
  return t.right + t.wrong ? t.right / (t.right + t.wrong) : undefined;
}

/** One judged finding as the tally needs it: where it is, which rule at which severity, and the verdict. */
export interface JudgedItem {
  file: string;
  rule: string;
  alias: string;
  severity: string;
  verdict: VerdictValue;
}

/** Judged findings counted per (half, rule), sorted by half then rule. */
export function tallyByRule(judged: Matching['judged'], halfOf: (file: string) => Half): RuleTally[] {
  return tallyItems(
    judged.map(({ finding, verdict }) => ({ file: finding.file, rule: finding.rule, alias: finding.alias, severity: finding.severity, verdict: verdict.verdict })),
    halfOf,
  );
}

/**
 * The verdicts alone counted per (half, rule), each at its rule's default severity in the catalog:
 * the fast tier's view of held-out precision, with no corpus run (the corpus tier checks that the
 * verdicts match the real findings). A verdict of a rule the catalog lacks throws.
 */
export function tallyVerdicts(verdicts: Verdict[], halfOf: (file: string) => Half, catalog: readonly Pick<RuleInfo, 'id' | 'alias' | 'defaultSeverity'>[]): RuleTally[] {
  const byId = new Map(catalog.map((r) => [r.id, r]));
  return tallyItems(
    verdicts.map((v) => {
      const rule = byId.get(v.rule);
      if (!rule) throw new Error(`${v.file}:${v.line}: verdict of ${v.rule}, which the rule catalog does not hold`);
      return { file: v.file, rule: v.rule, alias: rule.alias, severity: rule.defaultSeverity, verdict: v.verdict };
    }),
    halfOf,
  );
}

function tallyItems(items: JudgedItem[], halfOf: (file: string) => Half): RuleTally[] {
  const tallies = new Map<string, RuleTally>();
  for (const item of items) {
    const half = halfOf(item.file);
    const key = `${half} ${item.rule}`;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { rule: item.rule, alias: item.alias, severity: item.severity, half, right: 0, wrong: 0, debatable: 0 }));
    if (SEVERITY_ORDER.indexOf(item.severity) > SEVERITY_ORDER.indexOf(t.severity)) t.severity = item.severity;
    t[item.verdict]++;
  }
  return [...tallies.values()].sort((a, b) => a.half.localeCompare(b.half) || a.rule.localeCompare(b.rule));
}

/** The held-out rules under their severity's floor, as readable lines. */
export function rulesUnderFloor(tallies: RuleTally[]): string[] {
  return tallies
    .filter((t) => t.half === 'heldOut' && PRECISION_FLOOR[t.severity] !== undefined)
    .filter((t) => (precisionOf(t) ?? 1) < PRECISION_FLOOR[t.severity])
    .map((t) => `${t.rule} ${t.alias} (${t.severity}): ${formatPercent(precisionOf(t))} < ${formatPercent(PRECISION_FLOOR[t.severity])} on heldOut`);
}

export function formatPercent(p: number | undefined): string {
  return p === undefined ? '—' : `${(p * 100).toFixed(1)} %`;
}

/** A table of the tallies, one line per (half, rule). */
export function formatTallies(tallies: RuleTally[]): string {
  const rows = tallies.map(
    (t) => `${t.half.padEnd(8)} ${`${t.rule} ${t.alias}`.padEnd(28)} ${t.severity.padEnd(8)} right ${String(t.right).padStart(4)}  wrong ${String(t.wrong).padStart(4)}  debatable ${String(t.debatable).padStart(4)}  precision ${formatPercent(precisionOf(t))}`,
  );
  return rows.join('\n');
}
