import { serveRuns } from './serve-runs';
import type { WorkerOptions, WorkerReport } from './types';
import { runWorkerCommand } from './worker-command';

export { ThreadExecutor } from './thread-executor';
export type {
  ExecuteHooks,
  RunEnd,
  RunExecutor,
  WorkerEvent,
  WorkerOptions,
  WorkerReport,
} from './types';
export { parseWorkerArgs, runWorkerCommand, workerUsage } from './worker-command';
export { serveRuns };

/**
 * The worker. With options, serves runs from `options.store` until `options.signal` aborts
 * (see WorkerOptions). With command-line arguments (what `goodhart worker` passes), opens the
 * store the environment names, handles SIGTERM/SIGINT, and resolves to an exit code.
 */
export function runWorker(options: WorkerOptions): Promise<WorkerReport>;
export function runWorker(argv: readonly string[]): Promise<number>;
export function runWorker(
  input: WorkerOptions | readonly string[],
): Promise<WorkerReport | number> {
  return isArgv(input) ? runWorkerCommand(input) : serveRuns(input);
}

function isArgv(input: WorkerOptions | readonly string[]): input is readonly string[] {
  return Array.isArray(input);
}
