import { parse } from 'jsonc-parser';
import { nameLevelsById } from './levelNames';
import type { ConfigProblem } from './types';

const MISSING = /^(.*) is missing required property ("[^"]*")$/;

/**
 * A ladder file's problems as its author reads them: levels named by id, and the required
 * properties one object lacks said once ("missing required properties "a", "b"") instead of once
 * each. `ladder` is the file's text, or the ladder value when it was written inside the config.
 */
export function ladderProblemsInWords(problems: ConfigProblem[], ladder: { text: string } | { value: unknown }): ConfigProblem[] {
  if (!problems.length) return problems;
  const value: unknown = 'text' in ladder ? parse(ladder.text, [], { allowTrailingComma: true }) : ladder.value;
  return foldMissingProperties(problems).map((p) => ({ ...p, message: nameLevelsById(p.message, value) }));
}

function foldMissingProperties(problems: ConfigProblem[]): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const names = new Map<ConfigProblem, string[]>();
  for (const problem of problems) {
    const match = MISSING.exec(problem.message);
    const previous = out[out.length - 1];
    const previousMatch = previous && names.has(previous) ? MISSING.exec(previous.message) : null;
    if (match && previous && previousMatch && previousMatch[1] === match[1] && previous.line === problem.line && previous.character === problem.character) {
      names.get(previous)!.push(match[2]!);
      continue;
    }
    out.push(problem);
    if (match) names.set(problem, [match[2]!]);
  }
  return out.map((problem) => {
    const list = names.get(problem);
    if (!list || list.length < 2) return problem;
    return { ...problem, message: `${MISSING.exec(problem.message)![1]} is missing required properties ${list.join(', ')}` };
  });
}
