import type { CancellationToken } from '../types';

/** True when the caller gave up on the request: providers then return an empty answer. */
export function isCancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}
