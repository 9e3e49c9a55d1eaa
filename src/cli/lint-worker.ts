// The body of a --concurrency worker thread: lints the files the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { ProjectResolver } from '../config/resolver.js';
import { InputError } from '../input/find-files.js';
import { FileProblemsError } from '../pack/problems.js';
import { lintFile } from './lint-file.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-pool.js';

const setup = workerData as WorkerSetup;
// One resolver per worker: each config and rule pack is compiled once here, then reused.
const projects = new ProjectResolver(setup.resolver);
const port = parentPort;
if (!port) throw new Error('lint-worker.js runs only as a worker thread');

port.on('message', (task: WorkerTask) => {
  lintFile(projects, task.file, task.named, setup.run, task.cached).then(
    (outcome) => {
      port.postMessage({ index: task.index, outcome } satisfies WorkerReply);
    },
    (error: unknown) => {
      port.postMessage({ index: task.index, error: describe(error) } satisfies WorkerReply);
    },
  );
});

function describe(error: unknown): Extract<WorkerReply, { error: unknown }>['error'] {
  if (error instanceof InputError) return { kind: 'input', message: error.message, path: error.path };
  if (error instanceof FileProblemsError) return { kind: 'problems', problems: error.problems };
  return { kind: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
