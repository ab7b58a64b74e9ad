import type { CoverageMatrix, FamilyRow, HandbookReport, PageReport } from '../../service';
import { brokenReason, cellCode, cellGrade, escapeHtml, findingCounts, levelHeader, missingCount, missingNames, notes, placeText, plural, summaryLine } from './reportWords';

/** Lists longer than this fold into a <details> block, so a merge-request comment stays short. */
const FOLD_AFTER = 10;

/** The report as a merge-request comment: GitHub-flavoured markdown tables, long lists folded. */
export function formatReportMarkdown(report: HandbookReport): string {
  const out: string[] = ['## Role Docs handbook report', '', escapeMarkdown(summaryLine(report)) + '.'];
  for (const matrix of report.matrices) out.push('', ...coverage(matrix));
  if (missingCount(report)) {
    const lines = report.matrices.flatMap((matrix) =>
      matrix.rows.filter((row) => row.missing.length).map((row) => `- **${escapeMarkdown(row.family)}** (${code(row.path)}): ${escapeMarkdown(row.missing.map((m) => missingNames(matrix, m)).join('; '))}`),
    );
    out.push('', '### Missing levels', '', ...fold(lines, plural(missingCount(report), 'missing level')));
  }
  if (report.gradeConflicts.length) {
    const lines = report.gradeConflicts.map(
      (conflict) => `- **${escapeMarkdown(conflict.title)}**: ${conflict.roles.map((r) => `grade ${r.grade} in ${code(`${r.path}:${r.line}`)}`).join(', ')}`,
    );
    out.push('', '### Same title, different grades', '', ...fold(lines, plural(lines.length, 'title')));
  }
  const chains = report.chains;
  out.push('', '### Extends chains', '', `${plural(chains.claims, 'extends link')} followed${chains.unfollowed ? ` (${chains.unfollowed} lead outside the report and were not followed)` : ''}.`);
  if (chains.broken.length) {
    const lines = chains.broken.map((b) => `- ${code(`${b.role.path}:${b.line}`)} **${escapeMarkdown(b.role.title)}** extends ${code(b.target)}: ${brokenReason(b)}`);
    out.push('', '**Broken**', '', ...fold(lines, plural(lines.length, 'broken link')));
  }
  if (chains.circular.length) {
    const lines = chains.circular.map((cycle) => `- ${escapeMarkdown([...cycle.roles, cycle.roles[0]].map(placeText).join(' → '))}`);
    out.push('', '**Circular**', '', ...fold(lines, plural(lines.length, 'cycle')));
  }
  out.push('', ...findings(report.pages));
  return out.join('\n');
}

function coverage(matrix: CoverageMatrix): string[] {
  const title = `### Coverage: ${escapeMarkdown(matrix.ladder)} ladder`;
  if (!matrix.rows.length) return [title, '', 'No role page with a confident role.'];
  const header = `| Family | ${matrix.levels.map((level) => escapeMarkdown(levelHeader(matrix, level.id))).join(' | ')} |`;
  const rule = `|---|${matrix.levels.map(() => '---').join('|')}|`;
  const rows = matrix.rows.map((row) => `| **${escapeMarkdown(row.family)}**<br>${code(row.path)} | ${matrix.levels.map((level) => cell(row, level.id)).join(' | ')} |`);
  const legend = '⚠ the page states a grade the ladder does not give the level · ✗ a level missing inside the family\'s range';
  return [title, '', ...fold([header, rule, ...rows], plural(matrix.rows.length, 'family', 'families'), 2), '', legend];
}

function cell(row: FamilyRow, levelId: string): string {
  if (row.missing.some((m) => m.levels.includes(levelId))) return '✗ missing';
  return (row.cells[levelId] ?? [])
    .map((c) => {
      const details = [cellCode(c), cellGrade(c), `line ${c.line}`].filter(Boolean).join(', ');
      return `${c.disagrees ? '⚠ ' : ''}${escapeMarkdown(c.title)} (${escapeMarkdown(details)})`;
    })
    .join('<br>');
}

function findings(pages: PageReport[]): string[] {
  const withFindings = pages.filter((p) => p.findings.length);
  const out = ['### Findings', ''];
  if (!withFindings.length) return [...out, `No findings on ${plural(pages.length, 'page')}.`];
  const table = ['| Page | Errors | Warnings | Notes |', '|---|---:|---:|---:|', ...withFindings.map((p) => `| ${code(p.path)} | ${p.counts.error} | ${p.counts.warning} | ${notes(p.counts)} |`)];
  out.push(...fold(table, `${plural(withFindings.length, 'page')} with findings`, 2));
  for (const page of withFindings) {
    const lines = page.findings.map((f) => `- ${f.line}:${f.column} ${f.severity} ${f.ruleId}/${f.rule} ${escapeMarkdown(f.message)}`);
    out.push('', `<details><summary>${escapeHtml(page.path)}: ${findingCounts(page.counts)}</summary>`, '', ...lines, '', '</details>');
  }
  return out;
}

/** Lines past FOLD_AFTER (beyond the `keep` header lines) go into one <details> block, summary first. */
function fold(lines: string[], summary: string, keep = 0): string[] {
  if (lines.length - keep <= FOLD_AFTER) return lines;
  return [`<details><summary>${escapeHtml(summary)}</summary>`, '', ...lines, '', '</details>'];
}

/** A path or link target as code; one holding a backtick is escaped text instead. */
function code(text: string): string {
  return text.includes('`') || /[\r\n|]/.test(text) ? escapeMarkdown(text) : `\`${text}\``;
}

/** Page text in markdown: no HTML, link, emphasis or table syntax survives. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}
