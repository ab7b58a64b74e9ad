import type { Ladder, Track } from './types';

/**
 * The ladder as a plain-text table, highest grade first, one column per track (tracks reaching higher grades first,
 * so management comes before individual contributor). Ungraded titles close the table.
 */
export function formatLadderTable(ladder: Ladder): string {
  const tracks = tracksByTopGrade(ladder);
  const grades = [...new Set(ladder.levels.flatMap((level) => (level.grade === undefined ? [] : [level.grade])))].sort(
    (a, b) => b - a,
  );
  const cell = (track: Track, grade: number | undefined) =>
    ladder.levels
      .filter((level) => level.track === track.id && level.grade === grade)
      .map((level) => level.title)
      .join(', ');
  const rows = grades.map((grade) => [String(grade), ...tracks.map((track) => cell(track, grade))]);
  const ungraded = tracks.map((track) => cell(track, undefined));
  if (ungraded.some(Boolean)) rows.push(['ungraded', ...ungraded]);

  const header = ['Grade', ...tracks.map((track) => track.title)];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    withoutTrailingEmpty(cells)
      .map((text, column) => text.padEnd(widths[column]!))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  return [`${ladder.name} ladder`, line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

function tracksByTopGrade(ladder: Ladder): Track[] {
  const top = (track: Track) =>
    Math.max(-Infinity, ...ladder.levels.filter((level) => level.track === track.id).map((level) => level.grade ?? -Infinity));
  return ladder.tracks
    .map((track, index) => ({ track, index, top: top(track) }))
    .sort((a, b) => b.top - a.top || a.index - b.index)
    .map((entry) => entry.track);
}

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 1 && !cells[end - 1]) end--;
  return cells.slice(0, end);
}
