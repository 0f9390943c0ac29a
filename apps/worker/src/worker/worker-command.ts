import { parseArgs } from 'node:util';
import { openStore, type Store, storeOptionsFromEnv } from '@goodhart/store';
import { serveRuns } from './serve-runs';
import type { WorkerEvent } from './types';

export const workerUsage = `usage: goodhart worker [--concurrency N] [--id NAME] [--once]
  --concurrency N  runs at once (default: GOODHART_WORKER_CONCURRENCY, else the number of cores)
  --id NAME        this worker's name in the store (default: host:pid:random)
  --once           exit when the queue is empty instead of waiting for more
environment: DATABASE_URL (postgres://... to share a PostgreSQL store; else the SQLite file in
  GOODHART_DATA_DIR, default <repo>/.goodhart), GOODHART_DB_SCHEMA, GOODHART_LEASE_SECONDS
`;

export interface WorkerCommandOptions {
  concurrency?: number;
  workerId?: string;
  once: boolean;
}

export function parseWorkerArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): WorkerCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      concurrency: { type: 'string' },
      id: { type: 'string' },
      once: { type: 'boolean' },
    },
  });
  if (positionals.length > 0)
    throw new Error(`unexpected argument "${positionals[0]}"\n${workerUsage}`);
  const raw = values.concurrency ?? env.GOODHART_WORKER_CONCURRENCY;
  let concurrency: number | undefined;
  if (raw !== undefined && raw !== '') {
    concurrency = Number(raw);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`--concurrency must be a positive integer, got "${raw}"`);
    }
  }
  return { concurrency, workerId: values.id, once: values.once ?? false };
}

/**
 * `goodhart worker`: serves runs from the store the environment names until SIGTERM or
 * SIGINT, then stops gracefully (held runs go back to the queue at their next round). A second
 * signal exits at once; the runs it held are retried once their heartbeats lapse.
 */
export async function runWorkerCommand(argv: readonly string[]): Promise<number> {
  let options: WorkerCommandOptions;
  try {
    options = parseWorkerArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  let store: Store;
  try {
    store = openStore(storeOptionsFromEnv());
  } catch (error) {
    console.error(`worker: cannot open the store: ${(error as Error).message}`);
    return 1;
  }
  if (store.readOnlyReason !== undefined) {
    // A worker only writes (claims, rounds, results): it cannot work on a read-only store.
    console.error(`worker: not starting: the store is read-only: ${store.readOnlyReason}`);
    await store.close();
    return 1;
  }
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    console.error(
      `worker: ${signal}, stopping after the current round of each run (again to exit now)`,
    );
    controller.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    await serveRuns({
      store,
      concurrency: options.concurrency,
      workerId: options.workerId,
      exitWhenIdle: options.once,
      signal: controller.signal,
      onEvent: logEvent,
    });
    return 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await store.close();
  }
}

function logEvent(event: WorkerEvent): void {
  const line = describe(event);
  if (line !== undefined) console.error(`worker: ${line}`);
}

function describe(event: WorkerEvent): string | undefined {
  switch (event.type) {
    case 'started':
      return `${event.workerId} serving the ${event.store} store, ${event.concurrency} at once`;
    case 'claimed':
      return `started ${event.key} (attempt ${event.attempt})`;
    case 'finished':
      return `${event.outcome} ${event.key} in ${event.seconds.toFixed(1)} s${event.error ? `: ${event.error}` : ''}`;
    case 'error':
      return `error: ${event.message}`;
    case 'stopping':
      return 'stopping';
    case 'stopped': {
      const { runs } = event.report;
      return `stopped: ${runs.succeeded} succeeded, ${runs.failed} failed, ${runs.cancelled} cancelled, ${runs.released} released, ${runs.lost} lost`;
    }
  }
}
