import { parseLadderText } from '../../../server/src/service/ladder/loadLadder';
import type { Ladder } from '../../../server/src/service/ladder/types';

/** A small ladder of level codes (IC1–IC4, M3–M4) without grades, four labelled sections, two statement patterns. */
export function codeLadder(extra: Record<string, unknown> = {}): Ladder {
  const file = {
    name: 'Codes',
    tracks: [
      { id: 'ic', title: 'Individual contributor' },
      { id: 'management', title: 'Management' },
    ],
    levels: [
      { id: 'ic1', code: 'IC1', title: 'Associate Engineer', track: 'ic' },
      { id: 'ic2', code: 'IC2', title: 'Engineer', track: 'ic' },
      { id: 'ic3', code: 'IC3', title: 'Senior Engineer', track: 'ic' },
      { id: 'ic4', code: 'IC4', title: 'Staff Engineer', track: 'ic' },
      { id: 'm3', code: 'M3', title: 'Engineering Manager', track: 'management' },
      { id: 'm4', code: 'M4', title: 'Senior Engineering Manager', track: 'management' },
    ],
    sections: ['Impact', 'Scope'].map((title) => ({ id: title.toLowerCase(), title, required: ['role'] })),
    levelStatements: ['is an {level}', 'Level: {level}'],
    ...extra,
  };
  const loaded = parseLadderText(JSON.stringify(file), 'codes.json');
  if (loaded.problems.length) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.ladder;
}

/** A `## heading` level with its two labelled bullets, and `lines` before them. */
export function codeLevel(heading: string, ...lines: string[]): string {
  return [`## ${heading}`, '', ...lines, ...(lines.length ? [''] : []), `- **Impact**: work at ${heading}.`, `- **Scope**: area of ${heading}.`, ''].join('\n');
}
