import type { HandbookReport } from '../../service';

/** The report object as it is: its shape is `HandbookReport`, described field by field in docs/report.md. */
export function formatReportJson(report: HandbookReport): string {
  return JSON.stringify(report, null, 2);
}
