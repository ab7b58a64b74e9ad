import { parentPort } from 'node:worker_threads';
import type { CheckRequest } from './checkRequest';
import { createCheckService } from './checkService';
import { createPageChecker } from './pageChecker';
import type { PageResult } from './pageResult';

/** Messages from the thread that hands out pages: a batch to check, or the end of the run. */
export type ToWorker = { batch: string[] } | { done: true };
export type FromWorker = { ready: true } | { results: PageResult[] };

/** A worker thread's loop: set up the engine once, then check each batch it is sent. */
export async function runPageWorker(request: CheckRequest): Promise<void> {
  const port = parentPort!;
  const { service, workspace } = await createCheckService(request, (text) => process.stderr.write(text + '\n'));
  const checkPage = createPageChecker(service, workspace);
  port.on('message', async (message: ToWorker) => {
    if ('done' in message) {
      port.close();
      return;
    }
    // Reads start together and finish while earlier pages are parsed, so the thread never waits on the disk.
    for (const uri of message.batch) void workspace.readFile(uri);
    const results: PageResult[] = [];
    for (const uri of message.batch) results.push(await checkPage(uri));
    port.postMessage({ results } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
