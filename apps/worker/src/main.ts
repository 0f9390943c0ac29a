// Entry point: `goodhart run|presets|validate ...` is the command line, `goodhart worker`
// the long-running queue worker. Each is imported only when asked for.

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  if (command === 'worker') return runWorkerModule(rest);
  const { runCli } = await import('./cli/index');
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return runCli(process.argv.slice(2), undefined, controller.signal);
}

// The worker (apps/worker/src/worker) loads the store and its database drivers; the command
// line never needs them.
async function runWorkerModule(argv: string[]): Promise<number> {
  const { runWorkerCommand } = await import('./worker/index');
  return runWorkerCommand(argv);
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
