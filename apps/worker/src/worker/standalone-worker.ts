// `tsx apps/worker/src/worker/standalone-worker.ts [--concurrency N] ...`: the worker as a process of
// its own, without the rest of the command line (the kill tests start it this way).
import { runWorkerCommand } from './worker-command';

runWorkerCommand(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
