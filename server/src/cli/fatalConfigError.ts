/**
 * A run that cannot start or finish: an unreadable or invalid `--ladder`, a report that cannot be
 * written. Recognised by name, not by class: the CLI and its engine are separate bundles, and each
 * holds its own copy of this class.
 */
export class FatalConfigError extends Error {
  override name = 'FatalConfigError';
}

export const isFatalConfigError = (error: unknown): error is Error => error instanceof Error && error.name === 'FatalConfigError';
