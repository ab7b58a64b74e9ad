import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusFinding } from './corpusFindings';

export type VerdictValue = 'right' | 'wrong' | 'debatable';
export const VERDICT_VALUES: VerdictValue[] = ['right', 'wrong', 'debatable'];

/** A judged finding: matched by (file, rule, line, excerpt); `message` only breaks ties on a shared key. */
export interface Verdict {
  file: string;
  rule: string;
  line: number;
  column: number;
  excerpt: string;
  message?: string;
  verdict: VerdictValue;
  reason: string;
}

export const VERDICTS_FILE = fileURLToPath(new URL('../verdicts.json', import.meta.url));

export function readVerdicts(file = VERDICTS_FILE): Verdict[] {
  const verdicts = JSON.parse(readFileSync(file, 'utf8')) as Verdict[];
  for (const v of verdicts) {
    if (!VERDICT_VALUES.includes(v.verdict)) throw new Error(`${file}: ${v.file}:${v.line} ${v.rule} has verdict '${v.verdict}', not right, wrong or debatable`);
    if (!v.reason?.trim()) throw new Error(`${file}: ${v.file}:${v.line} ${v.rule} has no reason`);
  }
  return verdicts;
}

const keyOf = (x: { file: string; rule: string; line: number; excerpt: string }) => `${x.file}\u0000${x.rule}\u0000${x.line}\u0000${x.excerpt}`;

export interface Matching {
  judged: { finding: CorpusFinding; verdict: Verdict }[];
  unjudged: CorpusFinding[];
  /** Verdicts no current finding matches (the finding went away). */
  stale: Verdict[];
}

/**
 * Pairs findings with verdicts of the same key; where several share a key (one heading, several
 * missing sections), equal messages pair first, then the rest in order.
 */
export function matchVerdicts(findings: CorpusFinding[], verdicts: Verdict[]): Matching {
  const open = new Map<string, Verdict[]>();
  for (const v of verdicts) open.set(keyOf(v), [...(open.get(keyOf(v)) ?? []), v]);
  const byKey = new Map<string, CorpusFinding[]>();
  for (const f of findings) byKey.set(keyOf(f), [...(byKey.get(keyOf(f)) ?? []), f]);
  const result: Matching = { judged: [], unjudged: [], stale: [] };
  for (const [key, group] of byKey) {
    const candidates = open.get(key) ?? [];
    const rest: CorpusFinding[] = [];
    for (const finding of group) {
      const i = candidates.findIndex((v) => v.message === finding.message);
      if (i >= 0) result.judged.push({ finding, verdict: candidates.splice(i, 1)[0] });
      else rest.push(finding);
    }
    for (const finding of rest) {
      const verdict = candidates.shift();
      if (verdict) result.judged.push({ finding, verdict });
      else result.unjudged.push(finding);
    }
  }
  for (const left of open.values()) result.stale.push(...left);
  return result;
}

/** A verdict entry to fill in for a finding (verdict left for the judge to set). */
export function verdictTemplate(f: CorpusFinding): Omit<Verdict, 'verdict'> & { verdict: VerdictValue | '' } {
  return { file: f.file, rule: f.rule, line: f.line, column: f.column, excerpt: f.excerpt, message: f.message, verdict: '', reason: '' };
}
