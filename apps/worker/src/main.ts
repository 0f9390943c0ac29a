// Entry point: `goodhart run|presets|validate ...` is the command line, `goodhart worker`
// the long-running queue worker. Each is imported only when asked for, so the command line
// never loads the store and its database drivers.

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  if (command === 'worker') return runWorkerModule(rest);
  const { runCli } = await import('./cli/index');
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return runCli(process.argv.slice(2), undefined, controller.signal);
}

interface WorkerModule {
  runWorker?(argv: string[]): Promise<number | undefined> | number | undefined;
}

// The worker lives in ./worker (written alongside the store); a path held in a variable keeps
// the command line building and running before that module exists.
async function runWorkerModule(argv: string[]): Promise<number> {
  const workerPath = './worker/index';
  const worker = (await import(workerPath)) as WorkerModule;
  if (typeof worker.runWorker !== 'function') {
    console.error('apps/worker/src/worker/index.ts does not export runWorker(argv)');
    return 1;
  }
  return (await worker.runWorker(argv)) ?? 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
