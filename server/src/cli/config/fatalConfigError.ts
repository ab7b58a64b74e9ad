/**
 * A run that cannot start or finish: a configuration or ladder with problems, a report that cannot
 * be written. Recognised by name, not by class: the CLI and its engine are separate bundles, and
 * each holds its own copy of this class.
 */
export class FatalConfigError extends Error {
  override name = 'FatalConfigError';
  /** Each configuration problem as `file:line:col message`; empty for other fatal errors. */
  readonly problems: string[];

  constructor(message: string, problems: string[] = []) {
    super(message);
    this.problems = problems;
  }
}

export const isFatalConfigError = (error: unknown): error is FatalConfigError => error instanceof Error && error.name === 'FatalConfigError';

/** The error for configuration problems: what happened and what to do, then one line per problem. */
export function configProblemsError(problems: string[]): FatalConfigError {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const fix = problems.length === 1 ? 'fix it' : 'fix them';
  return new FatalConfigError(`The configuration has ${count}, so no page was checked; ${fix} and run again:\n${problems.join('\n')}`, problems);
}
