import type { BrokenExtends, ChainPlace as RolePlace, CoverageMatrix, HandbookReport, MatrixCell, MissingLevel, SeverityCounts } from '../../service';

/** The words the markdown and HTML reports share, so the two say the same thing. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Notes are info and hint findings, as `check` counts them. */
export function notes(counts: SeverityCounts): number {
  return counts.info + counts.hint;
}

export function findingCounts(counts: SeverityCounts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(notes(counts), 'note')}`;
}

export function missingCount(report: HandbookReport): number {
  return report.matrices.reduce((n, m) => n + m.rows.reduce((k, row) => k + row.missing.length, 0), 0);
}

/** "12 pages (4 role pages, 17 roles); 0 errors, …; 1 missing level; …" */
export function summaryLine(report: HandbookReport): string {
  const s = report.summary;
  return [
    `${plural(s.pages, 'page')} (${plural(s.rolePages, 'role page')}, ${plural(s.roles, 'role')})`,
    findingCounts(s.findings),
    plural(missingCount(report), 'missing level'),
    plural(report.gradeConflicts.length, 'title', 'titles') + ' with differing grades',
    `${plural(report.chains.broken.length, 'broken extends link')}, ${plural(report.chains.circular.length, 'circular extends chain')}`,
  ].join('; ');
}

/** "grade 9, ladder 7" when they differ, "grade 7" when they agree, the ladder's grade when the page states none. */
export function cellGrade(cell: MatrixCell): string {
  if (cell.statedGrade === null) return cell.ladderGrade === null ? '' : `ladder grade ${cell.ladderGrade}`;
  return cell.disagrees ? `grade ${cell.statedGrade}, ladder ${cell.ladderGrade}` : `grade ${cell.statedGrade}`;
}

export function cellCode(cell: MatrixCell): string {
  return cell.code ?? '';
}

/** "Staff or Principal" for a gap any of several levels fills. */
export function missingNames(matrix: CoverageMatrix, missing: MissingLevel): string {
  const names = missing.levels.map((id) => matrix.levels.find((level) => level.id === id)?.title ?? id);
  const grade = missing.grade === null ? '' : ` (grade ${missing.grade})`;
  return names.join(' or ') + grade;
}

export function levelHeader(matrix: CoverageMatrix, id: string): string {
  const level = matrix.levels.find((l) => l.id === id)!;
  return level.code ? `${level.title} (${level.code})` : level.title;
}

export function placeText(place: RolePlace): string {
  return `${place.title} (${place.path}:${place.line})`;
}

export function brokenReason(broken: BrokenExtends): string {
  return broken.reason === 'missing-page' ? 'no such page' : 'no such heading or anchor on the page';
}

/** Text safe in HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
