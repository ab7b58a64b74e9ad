import { parentPort } from 'node:worker_threads';
import type { CheckRequest } from '../checkRequest';
import { createCheckService } from '../checkService';
import { createPageChecker } from './pageChecker';
import type { PageResult } from '../pageResult';

/** Messages from the thread that hands out pages: a batch to check, or the end of the run. */
export type ToWorker = { batch: string[] } | { done: true };
export type FromWorker = { ready: true } | { results: PageResult[] };

/** A worker thread's loop: set up the engine once, then check each batch it is sent. */
export async function runPageWorker(request: CheckRequest): Promise<void> {
  const port = parentPort!;
  const { service, workspace } = await createCheckService(request, (text) => process.stderr.write(text + '\n'));
  const checkPage = createPageChecker(service, workspace, request.reportFacts);
  // Batches queue up (the thread is sent the next one before it finishes this one), so it never
  // waits on a message; each batch's reads start as it arrives and finish while earlier pages are parsed.
  const queue: string[][] = [];
  let checking = false;
  let closing = false;
  const drain = async (): Promise<void> => {
    checking = true;
    while (queue.length) {
      const batch = queue.shift()!;
      const results: PageResult[] = [];
      for (const uri of batch) results.push(await checkPage(uri));
      port.postMessage({ results } satisfies FromWorker);
    }
    checking = false;
    if (closing) port.close();
  };
  port.on('message', (message: ToWorker) => {
    if ('done' in message) {
      closing = true;
      if (!checking) port.close();
      return;
    }
    for (const uri of message.batch) void workspace.readFile(uri);
    queue.push(message.batch);
    if (!checking) void drain();
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
