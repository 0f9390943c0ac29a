// The worker has two entry points, one name each: `serveRuns(options)` serves runs from a
// store until its signal aborts (tests and embedders); `runWorkerCommand(argv)` is
// `goodhart worker`, which opens the store the environment names, handles SIGTERM/SIGINT
// and resolves to an exit code.

export { serveRuns } from './serve-runs';
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
