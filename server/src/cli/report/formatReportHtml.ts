import type { CoverageMatrix, FamilyRow, HandbookReport, PageReport } from '../../service';
import { brokenReason, cellCode, cellGrade, escapeHtml as esc, findingCounts, missingCount, missingNames, notes, placeText, plural, summaryLine } from './reportWords';
import { REPORT_CSS } from './reportStyle';

/** The report as one self-contained HTML file: inline style, no script, no outside resource; every piece of page text escaped. */
export function formatReportHtml(report: HandbookReport): string {
  const s = report.summary;
  const cards: [number | string, string][] = [
    [s.pages, 'pages'],
    [s.rolePages, 'role pages'],
    [s.roles, 'roles'],
    [s.findings.error, 'errors'],
    [s.findings.warning, 'warnings'],
    [notes(s.findings), 'notes'],
    [missingCount(report), 'missing levels'],
    [report.gradeConflicts.length, 'grade conflicts'],
    [report.chains.broken.length + report.chains.circular.length, 'broken or circular chains'],
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Role Docs handbook report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>Handbook report</h1>
<p class="lead">${esc(summaryLine(report))}.</p>
<div class="cards">${cards.map(([n, label]) => `<div class="card"><b>${n}</b><span>${label}</span></div>`).join('')}</div>
${report.matrices.map(coverage).join('\n')}
${missing(report)}
${conflicts(report)}
${chains(report)}
${findings(report.pages)}
<footer>Made by role-docs report. Lines are 1-based; notes are info and hint findings.</footer>
</body>
</html>`;
}

function coverage(matrix: CoverageMatrix): string {
  const title = `<h2>Coverage: ${esc(matrix.ladder)} ladder</h2>`;
  if (!matrix.rows.length) return `${title}<p class="none">No role page with a confident role.</p>`;
  const legend = `<div class="legend"><span><i class="swatch ok-swatch"></i>role at this level</span><span><i class="swatch bad-swatch"></i>stated grade differs from the ladder</span><span><i class="swatch gap-swatch"></i>level missing inside the family's range</span></div>`;
  const head = `<thead><tr><th>Family</th>${matrix.levels.map((l) => `<th>${esc(l.title)}<small>${esc([l.code, l.grade === null ? '' : `grade ${l.grade}`].filter(Boolean).join(' · '))}</small></th>`).join('')}</tr></thead>`;
  const body = matrix.rows.map((row) => `<tr><th>${esc(row.family)}<small class="path">${esc(row.path)}</small>${row.ladderFamily ? `<small>${esc(row.ladderFamily)} grades</small>` : ''}</th>${matrix.levels.map((l) => cell(row, l.id)).join('')}</tr>`);
  return `${title}\n${legend}\n<div class="scroll"><table>${head}<tbody>\n${body.join('\n')}\n</tbody></table></div>`;
}

function cell(row: FamilyRow, levelId: string): string {
  if (row.missing.some((m) => m.levels.includes(levelId))) return '<td class="missing">missing</td>';
  const roles = row.cells[levelId];
  if (!roles) return '<td></td>';
  const kind = roles.some((r) => r.disagrees) ? 'disagrees' : 'ok';
  const parts = roles.map((r) => `<div class="role">${esc(r.title)}<small>${esc([cellCode(r), cellGrade(r)].filter(Boolean).join(' · '))}</small><small class="path">line ${r.line}</small></div>`);
  return `<td class="${kind}">${parts.join('')}</td>`;
}

function missing(report: HandbookReport): string {
  const items = report.matrices.flatMap((matrix) =>
    matrix.rows.filter((row) => row.missing.length).map((row) => `<li><b>${esc(row.family)}</b> <span class="path">${esc(row.path)}</span>: ${esc(row.missing.map((m) => missingNames(matrix, m)).join('; '))}</li>`),
  );
  return section('Missing levels', items, 'No family lacks a level inside its range.');
}

function conflicts(report: HandbookReport): string {
  const items = report.gradeConflicts.map((c) => `<li><b>${esc(c.title)}</b>: ${c.roles.map((r) => `grade ${r.grade} in <span class="path">${esc(`${r.path}:${r.line}`)}</span>`).join(', ')}</li>`);
  return section('Same title, different grades', items, 'No role title has different grades on different pages.');
}

function chains(report: HandbookReport): string {
  const c = report.chains;
  const lead = `<p>${plural(c.claims, 'extends link')} followed${c.unfollowed ? ` (${c.unfollowed} lead outside the report and were not followed)` : ''}.</p>`;
  const broken = c.broken.map((b) => `<li><span class="path">${esc(`${b.role.path}:${b.line}`)}</span> <b>${esc(b.role.title)}</b> extends <code>${esc(b.target)}</code>: ${esc(brokenReason(b))}</li>`);
  const circular = c.circular.map((cycle) => `<li>${esc([...cycle.roles, cycle.roles[0]].map(placeText).join(' → '))}</li>`);
  return `<h2>Extends chains</h2>\n${lead}\n${list('Broken', broken)}\n${list('Circular', circular)}`;
}

function findings(pages: PageReport[]): string {
  const withFindings = pages.filter((p) => p.findings.length);
  if (!withFindings.length) return `<h2>Findings</h2><p class="none">No findings on ${plural(pages.length, 'page')}.</p>`;
  const blocks = withFindings.map((page) => {
    const rows = page.findings.map((f) => `<tr><td>${f.line}:${f.column}</td><td><span class="sev sev-${f.severity}">${f.severity}</span></td><td><code>${esc(`${f.ruleId}/${f.rule}`)}</code></td><td>${esc(f.message)}</td></tr>`);
    return `<details><summary>${esc(page.path)} <small>${findingCounts(page.counts)}</small></summary><table><tbody>${rows.join('')}</tbody></table></details>`;
  });
  return `<h2>Findings</h2>\n<p>${plural(withFindings.length, 'page')} with findings.</p>\n${blocks.join('\n')}`;
}

function section(title: string, items: string[], none: string): string {
  return `<h2>${title}</h2>\n${items.length ? `<ul class="plain">${items.join('')}</ul>` : `<p class="none">${none}</p>`}`;
}

function list(title: string, items: string[]): string {
  return items.length ? `<h3>${title}</h3><ul class="plain">${items.join('')}</ul>` : '';
}
