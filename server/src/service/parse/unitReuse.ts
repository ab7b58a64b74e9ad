import { frontMatterEnd, groupBlocksFrom, scanBlockStarts, type ParseUnit, type UnitLimits } from './blockSplit';
import type { DefinitionCandidate } from './definitionLabels';
import type { Unit } from './parsedUnit';
import { changedStretch, type ChangedStretch } from '../text/changedStretch';
import { firstAtLeast, lastBelow } from '../text/sortedNumbers';

/**
 * An edit touches one stretch of a page, yet finding the page's blocks, grouping them and looking
 * each unit up in the tree cache all read the whole page: on a 1 MB page that was most of a
 * keystroke. What the parse of one version leaves behind lets the next version redo only the
 * stretch between the last unit the edit cannot reach and the first one past it that parses as
 * before. Everything here must give exactly what a parse from scratch gives (the corpus test
 * incrementalModel.test.ts compares them after seeded edits).
 */
export interface UnitParseState {
  text: string;
  limits: UnitLimits;
  blockStarts: number[];
  /** The units as grouped, before any was joined or split back. */
  groups: ParseUnit[];
  /** The units as parsed: joined through open constructs, split back, skipped. */
  units: Unit[];
  /** The line (1-based) each of `units` starts on. */
  lines: number[];
  candidates: DefinitionCandidate[];
  /** The candidates that are definitions: the units' prefixes are made from these. */
  definitions: DefinitionCandidate[];
  /** False when the parse depended on more than the text: a unit was skipped when time ran out. */
  reusable: boolean;
}

export interface ReusePlan {
  /** Offset change past the edit. */
  delta: number;
  blockStarts: number[];
  groups: ParseUnit[];
  /** Units kept from the previous version, then fresh units from the groups, the first of which the parse resumes at. */
  units: Unit[];
  from: number;
  /** Groups from here on are the previous version's, moved by `delta`. */
  groupsResumeAt: number;
  /** Index of the previous version's unit that starts at this (previous) offset, or -1. */
  previousUnitAt(start: number): number;
}

/** A label runs to 999 characters, two each when escaped: a definition holding the edit says `]:` this close past it. */
const DEFINITION_REACH = 2_004;

/** How to parse `text` reusing `previous`, or undefined when the whole page must be parsed. `stretch`: where `previous.text` and `text` differ, when already known. */
export function planReuse(previous: UnitParseState, text: string, limits: UnitLimits, stretch?: ChangedStretch): ReusePlan | undefined {
  const old = previous.text;
  if (!previous.reusable || old === text || previous.limits.maxChars !== limits.maxChars || previous.limits.maxDelimiters !== limits.maxDelimiters) return undefined;
  const { start, oldEnd, newEnd } = stretch ?? changedStretch(old, text);
  const delta = newEnd - oldEnd;
  // Front matter is its own unit, and definitions are page-wide: edits there parse the whole page.
  if (start <= frontMatterEnd(old) || mayTouchDefinition(old, start, oldEnd) || mayTouchDefinition(text, start, newEnd)) return undefined;

  // Block starts: kept up to the last one before the edited line, scanned on until two whole lines
  // past the edit (a line's start depends on it and the line before), then the previous ones, moved.
  const oldStarts = previous.blockStarts;
  const editedLine = lineStartAt(text, start);
  const resumeBlock = lastBelow(oldStarts, editedLine);
  if (resumeBlock < 0 || (resumeBlock === 0 && oldStarts[0] === 0 && frontMatterEnd(text) > 0)) return undefined;
  const starts = oldStarts.slice(0, resumeBlock + 1);
  const scannedTo = scanBlockStarts(text, oldStarts[resumeBlock], starts, (_line, previousLine) => previousLine > newEnd);
  for (let i = firstAtLeast(oldStarts, scannedTo - delta); i < oldStarts.length; i++) starts.push(oldStarts[i] + delta);

  // Groups: regrouped from the last unit the edit cannot reach that the parse also started afresh,
  // until a unit past the edit starts where one started before and is of the same kind.
  const oldGroups = previous.groups;
  const oldUnits = previous.units;
  const unitStarts = oldUnits.map((u) => u.start);
  const previousUnitAt = (at: number): number => {
    const i = firstAtLeast(unitStarts, at);
    return unitStarts[i] === at ? i : -1;
  };
  // The group must start before the scan does: the block there may have changed kind or length.
  const groupStarts = oldGroups.map((u) => u.start);
  let g = lastBelow(groupStarts, oldStarts[resumeBlock]);
  while (g >= 0 && previousUnitAt(oldGroups[g].start) < 0) g--;
  if (g < 0) return undefined;
  const regrouped = groupBlocksFrom(
    text,
    starts,
    limits,
    { block: firstAtLeast(starts, oldGroups[g].start), previousPlain: g > 0 ? oldGroups[g - 1].plain ?? false : undefined },
    (at, plain) => {
      if (at < scannedTo) return false;
      const k = firstAtLeast(groupStarts, at - delta);
      return groupStarts[k] === at - delta && (oldGroups[k].plain ?? false) === plain;
    },
  );
  const groups = oldGroups.slice(0, g).concat(regrouped.units);
  const groupsResumeAt = regrouped.stoppedAt ?? Number.POSITIVE_INFINITY;
  if (regrouped.stoppedAt !== undefined) {
    for (let k = firstAtLeast(groupStarts, regrouped.stoppedAt - delta); k < oldGroups.length; k++) groups.push(shiftedGroup(oldGroups[k], delta));
  }

  const kept = previousUnitAt(oldGroups[g].start);
  const units: Unit[] = oldUnits.slice(0, kept).map((u) => ({ ...u, fresh: false }));
  for (let k = g; k < groups.length; k++) units.push({ ...groups[k], blockStarts: groups[k].blockStarts.slice(), fresh: true });
  return { delta, blockStarts: starts, groups, units, from: kept, groupsResumeAt, previousUnitAt };
}

/** A unit of the previous version, moved to where it now sits; its tree is the same. */
export function shiftedUnit(unit: Unit, delta: number): Unit {
  return { ...unit, start: unit.start + delta, end: unit.end + delta, blockStarts: unit.blockStarts.map((s) => s + delta), fresh: false };
}

function shiftedGroup(group: ParseUnit, delta: number): ParseUnit {
  return { ...group, start: group.start + delta, end: group.end + delta, blockStarts: group.blockStarts.map((s) => s + delta) };
}

/** Whether a link-reference or footnote definition (`[label]:`) could hold any of text[start, end). */
function mayTouchDefinition(text: string, start: number, end: number): boolean {
  return text.slice(Math.max(0, start - 2), Math.min(text.length, end + DEFINITION_REACH)).includes(']:');
}

function lineStartAt(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}
