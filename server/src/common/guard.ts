import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { RenameRefusedError } from '../service';

export interface Log {
  error(message: string): void;
}

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/**
 * Runs one feature for one request: a cancelled request gets the LSP cancellation error, a
 * refused rename its message, and any other failure is logged and answered with `empty`.
 */
export async function guard<T>(log: Log, name: string, token: CancellationToken | undefined, empty: T, run: () => T | Promise<T>): Promise<T> {
  if (token?.isCancellationRequested) throw cancelled();
  let result: T;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    if (error instanceof RenameRefusedError) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message);
    log.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return empty;
  }
  if (token?.isCancellationRequested) throw cancelled();
  return result;
}
