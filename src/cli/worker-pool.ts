// --concurrency: drafts linted by worker threads, each with its own rule packs and segmenter,
// compiled once per worker. Outcomes arrive as workers finish; the CLI puts them back in file order.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResolverOptions } from '../config/resolver.js';
import { InputError } from '../input/find-files.js';
import { FileProblemsError, type FileProblem } from '../pack/problems.js';
import { packageRoot } from '../paths.js';
import type { CacheEntry } from './cache.js';
import type { FileOutcome, FileRunOptions } from './lint-file.js';

/** One file for a worker. */
export interface WorkerTask {
  index: number;
  file: string;
  named: boolean;
  cached?: CacheEntry;
}

/** A worker's answer: the file's outcome, or the error that must stop the run (exit 2). */
export type WorkerReply =
  | { index: number; outcome: FileOutcome }
  | { index: number; error: { kind: 'input'; message: string; path: string } | { kind: 'problems'; problems: FileProblem[] } | { kind: 'internal'; message: string } };

export interface WorkerSetup {
  resolver: ResolverOptions;
  run: FileRunOptions;
}

// A worker costs a process-sized start (modules, rule packs, ~1 s for the Chinese dictionary),
// so small runs stay on one thread: below this many files a second thread does not pay for itself.
const FILES_PER_EXTRA_WORKER = 400;

/** How many workers `--concurrency auto` (the default) uses for a run of `fileCount` files. */
export function autoConcurrency(fileCount: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(fileCount / FILES_PER_EXTRA_WORKER) + 1));
}

// Two tasks in flight per worker, so a worker never waits for the main thread between files.
const IN_FLIGHT = 2;

/** Lints the tasks in `workerCount` threads, handing each outcome to `onOutcome` as it arrives. */
export async function lintInWorkers(tasks: WorkerTask[], workerCount: number, setup: WorkerSetup, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const script = join(packageRoot, 'dist', 'bundle', 'lint-worker.js');
  const workers = Array.from({ length: Math.min(workerCount, tasks.length) }, () => new Worker(script, { workerData: setup }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const feed = (): void => {
              while (pending < IN_FLIGHT && next < tasks.length) {
                worker.postMessage(tasks[next++]);
                pending++;
              }
              if (pending === 0) resolve();
            };
            worker.on('message', (reply: WorkerReply) => {
              pending--;
              if ('error' in reply) {
                reject(toError(reply.error));
                return;
              }
              onOutcome(reply.index, reply.outcome);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (pending > 0) reject(new Error(`a lint worker stopped with exit code ${code} before it finished`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function toError(error: Extract<WorkerReply, { error: unknown }>['error']): Error {
  if (error.kind === 'input') return new InputError(error.message, error.path);
  if (error.kind === 'problems') return new FileProblemsError(error.problems);
  return new Error(error.message);
}
