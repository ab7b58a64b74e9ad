import { getNodeValue, parse, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { firstSyntaxError, jsonSyntaxMessage } from '../config/jsonSyntax';
import { defaultLadder } from './defaultLadder';
import { LineIndex } from '../text/lineIndex';
import { spanAt, type TextSpan } from './jsonLocation';
import { checkDuplicateLevelIds, checkLadderSemantics, listedLevelRefs, type LevelRefs } from './ladderChecks';
import type { LadderIssue, LadderPath } from './ladderIssue';
import { validateLadderSchema } from './ladderSchema';
import { mergeLadder, type LadderOverride } from './mergeLadder';
import { normalizeLadder, type LadderFile } from './normalizeLadder';
import type { ConfigProblem, Ladder } from './types';

export { mergeLadder, type LadderOverride } from './mergeLadder';

export interface LoadedLadder {
  ladder: Ladder;
  problems: ConfigProblem[];
}

/** Where issues point: a span in the text for a path in the ladder value. */
type Locate = (path: LadderPath, atKey?: boolean) => TextSpan;

/**
 * Reads a ladder file (JSON; comments allowed, trailing commas not). On any problem the returned ladder is `base`,
 * so checking goes on with the defaults. `extends: "gitlab"` merges the file into `base`.
 */
export function parseLadderText(text: string, file: string, base: Ladder = defaultLadder): LoadedLadder {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: false });
  const root = errors.length ? undefined : parseTree(text);
  if (!root) {
    const first = firstSyntaxError(errors);
    const problem = first ? toProblem(file, lines, first, jsonSyntaxMessage(first)) : toProblem(file, lines, { offset: 0, length: 0 }, 'Ladder file is empty');
    return { ladder: base, problems: [problem] };
  }
  return loadValue(value, file, base, lines, (path, atKey) => spanAt(root, path, atKey).span, root);
}

/**
 * Loads a ladder given inline as a value (for example under a config file's "ladder" key). When `text` is the JSON
 * the value came from, problems point into it; otherwise they point at the start of the file.
 */
export function ladderFromObject(value: unknown, file: string, text?: string, base: Ladder = defaultLadder): LoadedLadder {
  const lines = new LineIndex(text ?? '');
  const node = text === undefined ? undefined : findValueNode(text, value);
  const locate: Locate = node ? (path, atKey) => spanAt(node, path, atKey).span : () => ({ offset: 0, length: 0 });
  return loadValue(value, file, base, lines, locate, node);
}

function loadValue(value: unknown, file: string, base: Ladder, lines: LineIndex, locate: Locate, root?: Node): LoadedLadder {
  const fail = (issues: LadderIssue[]) => ({
    ladder: base,
    problems: byPosition(issues.map((issue) => toProblem(file, lines, locate(issue.path, issue.atKey), issue.message))),
  });
  const schemaIssues = validateLadderSchema(value);
  const record = (value ?? {}) as Record<string, unknown>;
  const duplicateIssues = checkDuplicateLevelIds(record.levels);
  if (schemaIssues.length || duplicateIssues.length) return fail([...schemaIssues, ...duplicateIssues]);

  const { $schema: _schemaLink, extends: extendsName, ...fields } = record;
  if (extendsName === undefined) {
    const ladder = normalizeLadder(fields as LadderFile);
    const issues = checkLadderSemantics(ladder);
    return issues.length ? fail(issues) : { ladder, problems: [] };
  }

  const override = fields as LadderOverride;
  const newLevelIssues = checkNewLevels(override, base);
  if (newLevelIssues.length) return fail(newLevelIssues);
  const ladder = mergeLadder(base, override);
  const issues = checkLadderSemantics(ladder, overrideRefs(ladder, override));
  if (!issues.length) return { ladder, problems: [] };
  // Issues about values that only the extended ladder holds point at the "extends" property.
  const extendsSpan = locate(['extends']);
  const locateInFile: Locate = (path, atKey) => {
    const found = root ? spanAt(root, path, atKey) : undefined;
    return found && found.depth > 0 ? found.span : extendsSpan;
  };
  return {
    ladder: base,
    problems: byPosition(
      issues.map((issue) => toProblem(file, lines, locateInFile(issue.path, issue.atKey), issue.message)),
    ),
  };
}

const requiredLevelFields = ['title', 'track'] as const;

/** A level an extending file adds (its id is not in the base) must be complete. */
function checkNewLevels(override: LadderOverride, base: Ladder): LadderIssue[] {
  const known = new Set(base.levels.map((level) => level.id));
  const issues: LadderIssue[] = [];
  (override.levels ?? []).forEach((level, index) => {
    if (known.has(level.id)) return;
    const missing = requiredLevelFields.filter((field) => level[field] === undefined);
    if (!missing.length) return;
    const names = missing.map((field) => `"${field}"`).join(', ');
    issues.push({
      path: ['levels', index],
      message:
        `levels[${index}] adds level "${level.id}" and is missing required ` +
        `${missing.length > 1 ? 'properties' : 'property'} ${names}`,
    });
  });
  return issues;
}

function overrideRefs(ladder: Ladder, override: LadderOverride): LevelRefs {
  const indexInFile = (index: number) => (override.levels ?? []).findIndex((level) => level.id === ladder.levels[index]!.id);
  return {
    path: (index) => {
      const fileIndex = indexInFile(index);
      return fileIndex >= 0 ? listedLevelRefs.path(fileIndex) : ['extends'];
    },
    name: (index) => {
      const fileIndex = indexInFile(index);
      return fileIndex >= 0 ? listedLevelRefs.name(fileIndex) : `levels[id="${ladder.levels[index]!.id}"]`;
    },
  };
}

/** The object node in `text` whose value equals `value` (deep), preferring the outermost. */
function findValueNode(text: string, value: unknown): Node | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return undefined;
  const serialized = JSON.stringify(value);
  const queue: Node[] = [root];
  while (queue.length) {
    const node = queue.shift()!;
    if (node.type === 'object' && JSON.stringify(getNodeValue(node)) === serialized) return node;
    queue.push(...(node.children ?? []));
  }
  return undefined;
}

/** A problem at a span of a file's text, as line and character positions. */
export function toProblem(file: string, lines: LineIndex, span: TextSpan, message: string): ConfigProblem {
  const start = lines.positionAt(span.offset);
  const end = lines.positionAt(span.offset + span.length);
  return { file, message, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character };
}

function byPosition(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.character - b.character);
}
