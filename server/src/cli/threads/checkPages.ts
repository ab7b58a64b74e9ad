import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckRequest } from '../checkRequest';
import { loadCliConfig } from '../config/cliConfig';
import { createCheckService } from '../checkService';
import { createPageChecker } from './pageChecker';
import type { ConfigInputs, PageResult } from '../pageResult';
import type { FromWorker, ToWorker } from './pageWorker';

export interface CheckPagesOptions {
  /** Total bytes of the pages to check: small runs stay on this thread, where there is no start-up to pay. */
  bytes: number;
  onProgress?: (done: number) => void;
  log: (text: string) => void;
}

/** Below this many bytes a worker's start-up (loading the engine again) costs more than it saves. */
const WORKER_MIN_BYTES = 512 * 1024;
/** Pages per message: small enough to balance the threads, large enough that messages cost nothing. */
const BATCH = 4;
/** Each thread holds an engine and its young generation (≈ 250 MB at peak): past four, memory grows faster than speed. */
const MAX_THREADS = 4;
/**
 * Parsing allocates many short-lived nodes: a young generation of this size (V8 splits it in three)
 * takes about a third off the time spent collecting them.
 */
const YOUNG_GENERATION_MB = 192;

/** Checks the pages, on worker threads when the run is large enough and the machine has cores to spare. */
export async function checkPages(request: CheckRequest, uris: string[], options: CheckPagesOptions): Promise<{ inputs: ConfigInputs; results: PageResult[] }> {
  const workers = workerCount(uris.length, options.bytes);
  if (workers === 0) {
    const { service, workspace, inputs } = await createCheckService(request, options.log);
    const checkPage = createPageChecker(service, workspace, request.reportFacts);
    const results: PageResult[] = [];
    for (const [i, uri] of uris.entries()) {
      // The next pages' reads run while this one is parsed.
      for (const ahead of uris.slice(i + 1, i + 1 + BATCH)) void workspace.readFile(ahead);
      results.push(await checkPage(uri));
      options.onProgress?.(results.length);
    }
    return { inputs, results };
  }
  // The configuration is read here first, so a fatal problem in it stops the run before any thread starts.
  const { inputs } = await loadCliConfig(request);
  const results = await checkOnWorkers(request, uris, workers, options.onProgress);
  return { inputs, results };
}

/**
 * How many worker threads check the pages; 0 checks them on this thread. A large run gets at least
 * one worker even on one or two cores, for the worker's larger young generation. `ROLE_DOCS_THREADS` sets it.
 */
function workerCount(pages: number, bytes: number): number {
  const wanted = process.env.ROLE_DOCS_THREADS;
  if (wanted !== undefined && /^\d+$/.test(wanted)) return Math.min(Number(wanted), pages);
  // Workers run this very bundle; from sources (tests under a TypeScript loader) there is none to run.
  if (typeof __filename !== 'string' || !__filename.endsWith('.js')) return 0;
  return defaultWorkerCount(pages, bytes, availableParallelism());
}

/**
 * One core is left to this thread, which reads files, and to the collector's helper threads: on two
 * cores, two workers take as long as one (each runs a third slower) and hold twice the memory.
 */
export function defaultWorkerCount(pages: number, bytes: number, cores: number): number {
  if (bytes < WORKER_MIN_BYTES || pages === 0) return 0;
  return Math.max(1, Math.min(cores - 1, Math.ceil(pages / BATCH), MAX_THREADS));
}

function checkOnWorkers(request: CheckRequest, uris: string[], threads: number, onProgress?: (done: number) => void): Promise<PageResult[]> {
  const results: PageResult[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    let running = threads;
    const workers: Worker[] = [];
    const fail = (error: Error): void => {
      for (const w of workers) void w.terminate();
      reject(error);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(__filename, {
        workerData: { roleDocsPageWorker: request },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        stdout: false,
        stderr: false,
      });
      workers.push(worker);
      let told = false;
      const send = (): void => {
        if (told) return;
        const batch = uris.slice(next, next + BATCH);
        next += batch.length;
        told = !batch.length;
        worker.postMessage((batch.length ? { batch } : { done: true }) satisfies ToWorker);
      };
      // Two batches in flight: the thread starts the next as soon as it posts the results of one.
      worker.on('message', (message: FromWorker) => {
        if ('results' in message) {
          results.push(...message.results);
          onProgress?.(results.length);
        } else send();
        send();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) return fail(new Error(`A checking thread stopped with exit code ${code}.`));
        if (--running === 0) resolve(results);
      });
    }
  });
}
