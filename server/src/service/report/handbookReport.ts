import type { Ladder } from '../ladder/types';
import type { ResolvedFinding, Severity } from '../types';
import { buildCoverageMatrix, type CoverageMatrix } from './coverageMatrix';
import { followExtendsChains, type ChainPage, type ExtendsChains } from './extendsChains';
import { findGradeConflicts, type GradeConflict } from './gradeConflicts';
import type { PageFacts } from './pageFacts';

export type SeverityCounts = Record<Severity, number>;

export interface ReportFinding {
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  rule: string;
  message: string;
}

export interface PageReport {
  path: string;
  rolePage: boolean;
  /** Roles in the matrix. */
  roles: number;
  counts: SeverityCounts;
  findings: ReportFinding[];
}

/** The handbook report: its JSON form is this object as it is (docs/report.md describes each field). */
export interface HandbookReport {
  version: 1;
  summary: { pages: number; rolePages: number; roles: number; findings: SeverityCounts };
  /** One per ladder in force (one unless pages have different configurations). */
  matrices: CoverageMatrix[];
  gradeConflicts: GradeConflict[];
  chains: ExtendsChains;
  pages: PageReport[];
}

/** A page as the run gives it: its path as shown, its facts (null when it could not be read) and its findings. */
export interface ReportPageInput {
  path: string;
  facts: PageFacts | null;
  findings: ResolvedFinding[];
}

/** Pages checked under one ladder. */
export interface ReportGroupInput {
  ladder: Ladder;
  pages: ReportPageInput[];
}

/** Builds the report from every group's pages; `exists` says whether a file outside the report is there. */
export function buildHandbookReport(groups: readonly ReportGroupInput[], exists: (uri: string) => boolean): HandbookReport {
  const read = (pages: readonly ReportPageInput[]): ChainPage[] => pages.flatMap((p) => (p.facts ? [{ path: p.path, facts: p.facts }] : []));
  const everyPage = groups.flatMap((group) => group.pages);
  const pages = everyPage.map(pageReport);
  return {
    version: 1,
    summary: {
      pages: pages.length,
      rolePages: pages.filter((p) => p.rolePage).length,
      roles: pages.reduce((n, p) => n + p.roles, 0),
      findings: pages.reduce((sum, p) => addCounts(sum, p.counts), zeroCounts()),
    },
    matrices: groups.filter((g) => g.pages.length).map((group) => buildCoverageMatrix(group.ladder, read(group.pages))),
    gradeConflicts: findGradeConflicts(read(everyPage)),
    chains: followExtendsChains(read(everyPage), exists),
    pages,
  };
}

function pageReport(page: ReportPageInput): PageReport {
  const counts = zeroCounts();
  for (const finding of page.findings) counts[finding.severity]++;
  return {
    path: page.path,
    rolePage: page.facts?.rolePage ?? false,
    roles: page.facts?.roles.filter((role) => role.inMatrix).length ?? 0,
    counts,
    findings: page.findings.map((f) => ({ line: f.range.start.line + 1, column: f.range.start.character + 1, severity: f.severity, ruleId: f.ruleId, rule: f.rule, message: f.message })),
  };
}

function zeroCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

function addCounts(a: SeverityCounts, b: SeverityCounts): SeverityCounts {
  return { error: a.error + b.error, warning: a.warning + b.warning, info: a.info + b.info, hint: a.hint + b.hint };
}
