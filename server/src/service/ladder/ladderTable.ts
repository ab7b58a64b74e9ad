import type { Ladder, Level } from './types';
import { equivalentsOf, levelsOfTrack } from './trackLevels';

/**
 * The ladder as a markdown table in its own words: one row per level, track by track from the lowest
 * level up. A code column only when the ladder has codes, a grade column only when it has grades,
 * equivalents and other names only when it declares some; then the families' own grades, if any.
 */
export function formatLadderTable(ladder: Ladder): string {
  const nameOf = (level: Level) => (level.code ? `${level.code} ${level.title}` : level.title);
  const rows = ladder.tracks.flatMap((track) =>
    levelsOfTrack(ladder, track).map((level) => ({
      Track: track.title,
      Code: level.code ?? '',
      Level: level.title,
      Grade: level.grade === undefined ? '' : String(level.grade),
      Equivalent: equivalentsOf(ladder, level).map(nameOf).join(', '),
      'Also called': (level.aliases ?? []).join(', '),
    })),
  );
  const shown = (['Track', 'Code', 'Level', 'Grade', 'Equivalent', 'Also called'] as const).filter(
    (column) => column === 'Track' || column === 'Level' || rows.some((row) => row[column]),
  );
  const cells = [[...shown], ...rows.map((row) => shown.map((column) => escapeCell(row[column])))];
  const widths = shown.map((_, column) => Math.max(3, ...cells.map((line) => line[column]!.length)));
  const line = (texts: string[]) => `| ${texts.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [`# ${ladder.name}`, '', line(cells[0]!), rule, ...cells.slice(1).map(line), ...familyGrades(ladder, nameOf)].join('\n') + '\n';
}

/** The families whose own grade tables differ from the general one, a line each, levels in ladder order. */
function familyGrades(ladder: Ladder, nameOf: (level: Level) => string): string[] {
  if (!ladder.families.length) return [];
  const graded = (family: Ladder['families'][number]) =>
    ladder.levels
      .filter((level) => Object.hasOwn(family.grades, level.id))
      .map((level) => `${nameOf(level)} ${family.grades[level.id]}`)
      .join(', ');
  return ['', '## Families with grades of their own', '', ...ladder.families.map((family) => `- ${family.title}: ${graded(family)}`)];
}

// A pipe inside a cell would end it.
function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
