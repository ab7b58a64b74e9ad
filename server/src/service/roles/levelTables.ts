import type { Heading, Role, UnknownLevel } from '../document/model';
import type { LineIndex } from '../text/lineIndex';
import { trimEndWhere } from '../text/trimEnd';
import type { SectionKind } from '../ladder/types';
import { normalizeTitle } from '../document/normalizeText';
import type { RoleModel } from './roleModel';
import type { RoleStructureInput } from './roleStructureInput';

interface Cell {
  text: string;
  start: number;
  end: number;
}

interface Table {
  header: Cell[];
  rows: Cell[][];
  start: number;
  end: number;
}

/**
 * Roles given as the columns (or rows) of a levels table: a header cell (or first cell) that names a
 * level is a role; the cells the other way that name a section kind are what each level gives. Only for
 * ladders whose layouts list tables, and only tables where at least two cells name levels.
 */
export function levelTables(input: RoleStructureInput, headings: Heading[], lines: LineIndex, model: RoleModel): { roles: Role[]; unknown: UnknownLevel[] } {
  const columns = model.layouts.has('table-columns');
  const rows = model.layouts.has('table-rows');
  const out = { roles: [] as Role[], unknown: [] as UnknownLevel[] };
  if (!columns && !rows) return out;
  for (const table of tablesIn(input.text)) {
    const above = headingBefore(headings, table.start);
    if (!above) continue;
    if (columns) collect(table.header.slice(1), table.rows.map((r) => r[0]), (level, other) => table.rows[other]?.[level + 1], 'table-column');
    if (rows) collect(table.rows.map((r) => r[0]), table.header.slice(1), (level, other) => table.rows[level]?.[other + 1], 'table-row');

    /** `cellAt(level, other)`: the cell where a level's column (or row) meets a category's row (or column). */
    function collect(levelCells: (Cell | undefined)[], labelCells: (Cell | undefined)[], cellAt: (level: number, other: number) => Cell | undefined, form: 'table-column' | 'table-row'): void {
      // A level-code-shaped name the ladder lacks ("Principal Designer (L9)") is an unknown level, whatever else the cell says.
      const unknown = levelCells.map((cell) => (cell ? model.unknownCode(cell.text) : undefined));
      const named = levelCells.map((cell, index) => (cell && !unknown[index] ? model.nameLevel(cell.text) : undefined));
      if (named.filter(Boolean).length < 2) return;
      levelCells.forEach((cell, index) => {
        if (!cell) return;
        const level = named[index];
        if (unknown[index]) out.unknown.push({ name: unknown[index]!, range: lines.rangeOf(cell.start, cell.end), startOffset: cell.start });
        if (!level) return;
        // A category counts for a level only where its cell holds something.
        const labels: SectionKind[] = [];
        labelCells.forEach((label, other) => {
          const kind = label ? input.matchSection(label.text)?.kind : undefined;
          if (kind && !labels.includes(kind) && cellAt(index, other)?.text) labels.push(kind);
        });
        out.roles.push({
          title: normalizeTitle(cell.text),
          heading: above!,
          form,
          nameRange: lines.rangeOf(cell.start, cell.end),
          level,
          levelSource: 'title',
          confident: true,
          labels,
          levelStatements: [],
          sections: [],
          gradeClaims: [],
          extendsClaims: [],
          range: lines.rangeOf(table.start, table.end),
          endOffset: table.end,
          synthetic: false,
        });
      });
    }
  }
  return out;
}

function headingBefore(headings: Heading[], offset: number): Heading | undefined {
  let found: Heading | undefined;
  for (const h of headings) {
    if (h.startOffset > offset) break;
    found = h;
  }
  return found;
}

/** GFM tables, read from the lines: a row of cells, a delimiter row, then rows until a line without a pipe. */
export function tablesIn(text: string): Table[] {
  const tables: Table[] = [];
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (n: number) => text.slice(lineStarts[n], n + 1 < lineStarts.length ? lineStarts[n + 1] - 1 : text.length).replace(/\r$/, '');
  let fence = false;
  for (let n = 0; n + 1 < lineStarts.length; n++) {
    const line = lineAt(n);
    if (/^[ \t]{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence || !line.includes('|') || !isDelimiterRow(lineAt(n + 1)) || !lineAt(n + 1).includes('-')) continue;
    const header = cellsOf(line, lineStarts[n]);
    const rows: Cell[][] = [];
    let m = n + 2;
    for (; m < lineStarts.length && lineAt(m).includes('|') && lineAt(m).trim(); m++) rows.push(cellsOf(lineAt(m), lineStarts[m]));
    const last = m - 1;
    tables.push({ header, rows, start: lineStarts[n], end: lineStarts[last] + lineAt(last).length });
    n = last;
  }
  return tables;
}

function cellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  const trimmed = line.replace(/^[ \t]*\|/, (lead) => ' '.repeat(lead.length));
  let i = 0;
  for (; i <= trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '|' || i === trimmed.length) {
      const raw = trimmed.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const content = raw.trim();
      if (c === '|' || content) cells.push({ text: content, start: lineStart + start + lead, end: lineStart + start + lead + content.length });
      start = i + 1;
    }
  }
  return cells;
}

const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** A table's delimiter row ("| --- | :-: |"): cells of dashes with optional colons, between optional outer pipes; linear in the line. */
export function isDelimiterRow(line: string): boolean {
  let row = trimEndWhere(line, (c) => c === ' ' || c === '\t');
  let start = 0;
  while (start < row.length && (row[start] === ' ' || row[start] === '\t')) start++;
  row = row.slice(start);
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => DELIMITER_CELL.test(cell));
}
